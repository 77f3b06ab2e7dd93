package io.bella.voice;

import io.bella.dialogue.CallSession;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns call sessions into JSON and back, so that they can live outside the JVM that took
 * the call's last turn.
 */
class CallSessionCodec {

	/** A field every session written since the session became records carries. */
	private static final String CURRENT_FORM = "conversation";

	private final JsonMapper jsonMapper;

	CallSessionCodec(JsonMapper jsonMapper) {
		// a session written by a newer version of Bella must still be readable
		this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	String write(CallSession session) {
		return this.jsonMapper.writeValueAsString(session);
	}

	/**
	 * The session, or {@code null} for one written in the flat form of Bella before the
	 * session became records: read leniently it would lose its stage, request and caller
	 * without a word, so the call takes the "lost track" path instead.
	 */
	CallSession read(String json) {
		JsonNode tree = this.jsonMapper.readTree(json);
		if (!tree.has(CURRENT_FORM)) {
			return null;
		}
		return this.jsonMapper.treeToValue(tree, CallSession.class);
	}

}
