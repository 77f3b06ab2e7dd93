package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.bella.operations.H2Database;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The call-success SLI from the calls' records on the embedded default's database: which
 * calls count, and which of them succeeded.
 */
class CallSuccessesTests {

	static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");

	static final String GREETING = "Thank you for calling Maple Dental Centre. This is Bella. How can I help you today?";

	static final String ANYTHING_ELSE = "Is there anything else I can help you with?";

	final JdbcClient jdbc = JdbcClient.create(H2Database.migrated());

	final CallSuccesses calls = new CallSuccesses(this.jdbc, SloProperties.defaults());

	@Test
	void callsThatDidWhatTheCallerCalledForSucceed() {
		call("booked", "BOOKED", turn("a cleaning tomorrow", "You're all set. " + ANYTHING_ELSE, "LISTEN", false));
		call("asked-for-a-person", "TRANSFERRED", turn("can I talk to a person",
				"Of course. I'll put you through to our front desk now. Please hold.", "TRANSFER", false));
		call("emergency", "MESSAGE_TAKEN", turn("I'm bleeding a lot",
				"That sounds urgent. If this is a life threatening emergency, " + "please hang up and call 9 1 1.",
				"TAKE_MESSAGE", false));
		call("answered", "ABANDONED",
				turn("leave it as it is", "Okay, I'll leave it as it is. " + ANYTHING_ELSE, "LISTEN", false),
				turn("no that's all", "Thank you for calling Maple Dental Centre. Have a great day. Goodbye.",
						"HANG_UP", false));

		call("not-understood", "TRANSFERRED", turn("blah", "I'm sorry, I'm having trouble understanding. "
				+ "I'll put you through to our front desk now. Please hold.", "TRANSFER", false));
		call("safe-path", "FAILED",
				turn("book me in",
						"I'm sorry, I'm having trouble with our booking system right now. Let me put you through.",
						"TRANSFER", true));
		call("answered-after-an-apology", "ABANDONED",
				turn("leave it", "Okay, I'll leave it as it is. " + ANYTHING_ELSE, "LISTEN", false),
				turn("bye", "I'm sorry, something went wrong.", "TRANSFER", true));
		call("hung-up-halfway", "ABANDONED", turn("I'd like to book", "What day would you like?", "LISTEN", false));

		call("never-spoke", "ABANDONED", turn(null, "Sorry, I didn't hear anything.", "LISTEN", false));
		callEndedAt("yesterday", NOON.minus(Duration.ofDays(1)), "BOOKED",
				turn("a cleaning", "You're all set.", "LISTEN", false));
		this.jdbc.sql("INSERT INTO call_record (call_sid, caller, started_at) VALUES ('going-on', 'anonymous', ?)")
			.param(utc(NOON))
			.update();
		this.jdbc
			.sql("INSERT INTO call_turn (call_sid, turn, heard, said, action, latency_ms, answered_at) "
					+ "VALUES ('going-on', 1, 'hello', 'Hi', 'LISTEN', 10, ?)")
			.param(utc(NOON))
			.update();

		assertThat(this.calls.count(NOON, NOON.plus(Duration.ofHours(1)))).isEqualTo(new Counts(8, 4));
		assertThat(this.calls.count(NOON.plus(Duration.ofHours(1)),
				List.of(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofDays(2))))
			.containsExactly(entry(Duration.ofMinutes(30), new Counts(0, 0)),
					entry(Duration.ofHours(2), new Counts(8, 4)), entry(Duration.ofDays(2), new Counts(9, 5)));
	}

	private void call(String sid, String outcome, Turn... turns) {
		callEndedAt(sid, NOON.plus(Duration.ofMinutes(10)), outcome, turns);
	}

	private void callEndedAt(String sid, Instant ended, String outcome, Turn... turns) {
		this.jdbc.sql("""
				INSERT INTO call_record (call_sid, caller, started_at, ended_at, duration_sec, outcome)
				VALUES (?, 'anonymous', ?, ?, 60, ?)""")
			.params(sid, utc(ended.minus(Duration.ofMinutes(1))), utc(ended), outcome)
			.update();
		insertTurn(sid, 0, new Turn(null, GREETING, "LISTEN", false), ended);
		for (int i = 0; i < turns.length; i++) {
			insertTurn(sid, i + 1, turns[i], ended);
		}
	}

	private void insertTurn(String sid, int number, Turn turn, Instant at) {
		this.jdbc.sql("""
				INSERT INTO call_turn (call_sid, turn, heard, said, action, latency_ms, fallback, answered_at)
				VALUES (?, ?, ?, ?, ?, 100, ?, ?)""")
			.params(sid, number, turn.heard(), turn.said(), turn.action(), turn.fallback(), utc(at))
			.update();
	}

	private static Turn turn(String heard, String said, String action, boolean fallback) {
		return new Turn(heard, said, action, fallback);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Turn(String heard, String said, String action, boolean fallback) {
	}

}
