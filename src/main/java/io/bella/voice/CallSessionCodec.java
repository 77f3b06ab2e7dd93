package io.bella.voice;

import io.bella.dialogue.CallSession;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns call sessions into JSON and back, so that they can live outside the JVM that took
 * the call's last turn.
 */
class CallSessionCodec {

	private final JsonMapper jsonMapper;

	CallSessionCodec(JsonMapper jsonMapper) {
		// a session written by an older version of Bella must still be readable
		this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	String write(CallSession session) {
		return this.jsonMapper.writeValueAsString(session);
	}

	CallSession read(String json) {
		return this.jsonMapper.readValue(json, CallSession.class);
	}

}
