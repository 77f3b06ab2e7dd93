package io.bella.operations.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention purge on PostgreSQL: the turns and voicemail transcripts of a call past
 * the retention lose their words in batches, a recent call keeps them, and the call's
 * record stays.
 */
@BellaIntegrationTest
class RetentionIntegrationTests {

	// long before any other class's calls, so that only this class's are past the
	// retention
	static final Instant NOW = Instant.parse("2000-06-01T12:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	TextPurge purge;

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("DELETE FROM callback_request WHERE call_sid LIKE 'CAretention%'").update();
		this.jdbc.sql("DELETE FROM call_record WHERE call_sid LIKE 'CAretention%'").update();
	}

	@Test
	void textsPastTheRetentionArePurgedAndTheRecordsStay() {
		this.clock.set(NOW);
		call("CAretention-old", NOW.minus(Duration.ofDays(120)), 1200);
		call("CAretention-new", NOW.minus(Duration.ofDays(10)), 3);
		this.jdbc.sql("""
				INSERT INTO callback_request (call_sid, caller, recording_sid, transcript, created_at)
				VALUES ('CAretention-old', '+14165550123', 'REretention-old', 'Call me back', ?)""")
			.param(NOW.minus(Duration.ofDays(120)).atOffset(ZoneOffset.UTC))
			.update();

		TextPurge.Purged purged = this.purge.purge();

		assertThat(purged).isEqualTo(new TextPurge.Purged(1200, 1));
		assertThat(texts("CAretention-old")).containsOnly("(purged)|(purged)");
		assertThat(texts("CAretention-new")).containsOnly("Tomorrow at two|Booked.");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM call_record WHERE call_sid LIKE 'CAretention%'")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT transcript FROM callback_request WHERE recording_sid = 'REretention-old'")
			.query(String.class)
			.single()).isEqualTo("(purged)");
	}

	private void call(String callSid, Instant startedAt, int turns) {
		this.jdbc.sql("INSERT INTO call_record (call_sid, caller, started_at, outcome) VALUES (?, ?, ?, 'booked')")
			.params(callSid, "+14165550123", startedAt.atOffset(ZoneOffset.UTC))
			.update();
		for (int turn = 1; turn <= turns; turn++) {
			this.jdbc.sql("""
					INSERT INTO call_turn (call_sid, turn, heard, said, action, latency_ms, answered_at)
					VALUES (?, ?, 'Tomorrow at two', 'Booked.', 'book', 300, ?)""")
				.params(callSid, turn, startedAt.plusSeconds(turn).atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	private List<String> texts(String callSid) {
		return this.jdbc.sql("SELECT heard, said FROM call_turn WHERE call_sid = ?")
			.param(callSid)
			.query((rs, row) -> rs.getString("heard") + "|" + rs.getString("said"))
			.list();
	}

}
