package io.bella.dialogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.bella.MutableClock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plays the caller's part over the dialogue engine in the dialogue's integration tests:
 * calls to the demo clinic's number, each turn written to a transcript that the test
 * prints after it ran, so a failing conversation can be read.
 */
final class DialogueTurns {

	private final DialogueEngine engine;

	private final MutableClock clock;

	private final JdbcClient jdbc;

	private final List<String> transcript = new ArrayList<>();

	DialogueTurns(DialogueEngine engine, MutableClock clock, JdbcClient jdbc) {
		this.engine = engine;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Before each test: the clock at {@code now}, no appointments, no patients, an empty
	 * transcript.
	 */
	void reset(Instant now) {
		this.clock.set(now);
		this.jdbc.sql("DELETE FROM appointment").update();
		this.jdbc.sql("DELETE FROM patient").update();
		this.transcript.clear();
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

	void print() {
		this.transcript.forEach(System.out::println);
	}

	private Reply answer(Reply reply) {
		this.transcript.add("Bella:  " + reply.speech() + "  [" + reply.action() + "]");
		return reply;
	}

}
