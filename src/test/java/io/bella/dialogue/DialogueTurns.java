package io.bella.dialogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plays the caller's part over the dialogue engine in the dialogue's integration tests:
 * calls to the demo clinic's number, each turn written to a transcript that the test
 * prints after it ran, so a failing conversation can be read.
 */
final class DialogueTurns {

	private final DialogueEngine engine;

	private final Clock clock;

	private final List<String> transcript = new ArrayList<>();

	DialogueTurns(DialogueEngine engine, Clock clock) {
		this.engine = engine;
		this.clock = clock;
	}

	CallSession call(String caller) {
		return new CallSession("CA" + UUID.randomUUID().toString().replace("-", ""), caller, "+14165550100",
				this.clock.instant());
	}

	Reply start(CallSession call) {
		Reply reply = this.engine.start(call);
		this.transcript.add("Bella:  " + reply.speech());
		return reply;
	}

	Reply say(CallSession call, String text) {
		this.transcript.add("Caller: " + text);
		return answer(this.engine.respond(call, new Utterance(text, 0.9)));
	}

	Reply silence(CallSession call) {
		this.transcript.add("Caller: (silence)");
		return answer(this.engine.respond(call, Utterance.silence()));
	}

	List<String> lines() {
		return this.transcript;
	}

	void clear() {
		this.transcript.clear();
	}

	void print() {
		this.transcript.forEach(System.out::println);
	}

	private Reply answer(Reply reply) {
		this.transcript.add("Bella:  " + reply.speech() + "  [" + reply.action() + "]");
		return reply;
	}

}
