package io.bella.operations.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.bella.MutableClock;
import io.bella.operations.H2Database;
import io.bella.operations.retention.TextPurge.Purged;
import io.bella.system.ClusterJobs;
import io.bella.system.InstanceId;
import io.bella.system.SchedulerLock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The purge of texts past the retention on the embedded default (H2), with a controllable
 * clock: turns and voicemail transcripts older than the retention lose their words and
 * keep everything else, newer ones are untouched, a second run finds nothing, batches add
 * up, and only one instance purges in a period.
 */
class TextPurgeTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	MutableClock clock = new MutableClock(NOW);

	JdbcClient jdbc = JdbcClient.create(H2Database.migrated());

	RetentionProperties properties = new RetentionProperties(90, Duration.ofHours(24), Duration.ofMinutes(2), 2);

	TextPurge purge = new TextPurge(this.jdbc,
			new ClusterJobs(new SchedulerLock(this.jdbc, new InstanceId("one"), this.clock), new SimpleMeterRegistry()),
			this.properties, this.clock);

	@BeforeEach
	void setUp() {
		call("CAold", NOW.minus(Duration.ofDays(91)), 3);
		call("CAedge", NOW.minus(Duration.ofDays(90)).plusSeconds(60), 1);
		call("CAnew", NOW.minus(Duration.ofDays(2)), 2);
		voicemail("REold", "CAold", NOW.minus(Duration.ofDays(100)), "Please call me back on 416 555 0123");
		voicemail("REnone", "CAold", NOW.minus(Duration.ofDays(100)), null);
		voicemail("REnew", "CAnew", NOW.minus(Duration.ofDays(2)), "Running late");
	}

	@Test
	void textsOlderThanTheRetentionArePurgedAndTheRestOfTheRecordStays() {
		Purged purged = this.purge.purge();

		assertThat(purged).isEqualTo(new Purged(3, 2));
		assertThat(turns("CAold")).containsExactly("(purged)|(purged)|book|0.9|420", "null|(purged)|listen|null|420",
				"(purged)|(purged)|book|0.9|420");
		assertThat(turns("CAedge")).containsExactly("I'd like a cleaning|When would you like to come in?|book|0.9|420");
		assertThat(turns("CAnew")).containsExactly("I'd like a cleaning|When would you like to come in?|book|0.9|420",
				"null|When would you like to come in?|listen|null|420");
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM call_record WHERE outcome = 'booked'").query(Long.class).single())
			.isEqualTo(3);
		assertThat(transcripts()).containsExactly(Map.entry("REnew", "Running late"), Map.entry("REold", "(purged)"));
		assertThat(this.jdbc.sql("SELECT recording_url FROM callback_request WHERE recording_sid = 'REold'")
			.query(String.class)
			.single()).isEqualTo("https://api.twilio.com/recordings/REold");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM call_turn WHERE texts_purged_at IS NOT NULL")
			.query(Long.class)
			.single()).isEqualTo(3);

		assertThat(this.purge.purge()).as("nothing is left to purge").isEqualTo(new Purged(0, 0));
	}

	@Test
	void aDayLaterTheTurnsThatCameOfAgeArePurged() {
		this.purge.purge();
		this.clock.advance(Duration.ofDays(1));

		assertThat(this.purge.purge()).isEqualTo(new Purged(1, 0));
		assertThat(turns("CAedge")).containsExactly("(purged)|(purged)|book|0.9|420");
	}

	@Test
	void oneInstancePurgesInAPeriodAndTheNextPeriodIsClaimedAgain() {
		TextPurge other = new TextPurge(this.jdbc,
				new ClusterJobs(new SchedulerLock(this.jdbc, new InstanceId("two"), this.clock),
						new SimpleMeterRegistry()),
				this.properties, this.clock);

		assertThat(this.purge.purgeIfClaimed()).isEqualTo(new Purged(3, 2));
		assertThat(other.purgeIfClaimed()).isNull();
		this.clock.advance(Duration.ofHours(24));
		assertThat(other.purgeIfClaimed()).isEqualTo(new Purged(1, 0));
	}

	@Test
	void aRetentionOfZeroOrLessDaysIsRefused() {
		for (String days : List.of("0", "-5")) {
			assertThatException()
				.isThrownBy(() -> new Binder(
						new MapConfigurationPropertySource(Map.of("bella.operations.retention.days", days)))
					.bind("bella.operations.retention", RetentionProperties.class))
				.withRootCauseInstanceOf(IllegalArgumentException.class)
				.havingRootCause()
				.withMessage("bella.operations.retention.days must be at least one day");
		}
	}

	private void call(String callSid, Instant startedAt, int turns) {
		this.jdbc.sql("INSERT INTO call_record (call_sid, caller, started_at, outcome) VALUES (?, ?, ?, 'booked')")
			.params(callSid, "+14165550123", startedAt.atOffset(ZoneOffset.UTC))
			.update();
		for (int turn = 1; turn <= turns; turn++) {
			boolean silent = turn == 2;
			this.jdbc.sql("""
					INSERT INTO call_turn (call_sid, turn, heard, confidence, said, action, latency_ms, answered_at)
					VALUES (?, ?, ?, ?, ?, ?, 420, ?)""")
				.params(callSid, turn, silent ? null : "I'd like a cleaning", silent ? null : 0.9,
						"When would you like to come in?", silent ? "listen" : "book",
						startedAt.plusSeconds(10L * turn).atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	private void voicemail(String recordingSid, String callSid, Instant createdAt, String transcript) {
		this.jdbc.sql("""
				INSERT INTO callback_request (call_sid, caller, recording_sid, recording_url, duration_sec, transcript,
				    created_at) VALUES (?, '+14165550123', ?, ?, 12, ?, ?)""")
			.params(callSid, recordingSid, "https://api.twilio.com/recordings/" + recordingSid, transcript,
					createdAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	private List<String> turns(String callSid) {
		return this.jdbc.sql("SELECT * FROM call_turn WHERE call_sid = ? ORDER BY turn")
			.param(callSid)
			.query((rs, row) -> rs.getString("heard") + "|" + rs.getString("said") + "|" + rs.getString("action") + "|"
					+ rs.getObject("confidence") + "|" + rs.getInt("latency_ms"))
			.list();
	}

	private List<Map.Entry<String, String>> transcripts() {
		return this.jdbc
			.sql("SELECT recording_sid, transcript FROM callback_request WHERE transcript IS NOT NULL "
					+ "ORDER BY recording_sid")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list();
	}

}
