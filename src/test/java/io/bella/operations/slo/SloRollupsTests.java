package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.bella.MutableClock;
import io.bella.operations.H2Database;
import io.bella.system.ClusterJobs;
import io.bella.system.InstanceId;
import io.bella.system.SchedulerLock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts in memory flushed to the embedded default's database: absolute counts per
 * instance, written again idempotently, read over minutes and hours, kept by a restarted
 * instance with the same id, and purged after the retention.
 */
class SloRollupsTests {

	static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

	final DataSource dataSource = H2Database.migrated();

	final JdbcClient jdbc = JdbcClient.create(this.dataSource);

	final MutableClock clock = new MutableClock(TEN);

	final SloProperties properties = SloProperties.defaults();

	@Test
	void eachInstanceWritesItsOwnAbsoluteCountsAndWindowsSumThemAll() {
		Instance a = new Instance("a");
		Instance b = new Instance("b");
		record(a, TEN.plusSeconds(5), 3, 1);
		record(b, TEN.plusSeconds(50), 2, 2);

		a.flush.flush();
		a.flush.flush();
		b.flush.flush();

		assertThat(count(TEN, TEN.plus(Duration.ofMinutes(1)))).isEqualTo(new Counts(5, 3));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM slo_minute").query(Long.class).single()).isEqualTo(2);
		record(a, TEN.plusSeconds(30), 1, 0);
		a.flush.flush();
		assertThat(count(TEN, TEN.plus(Duration.ofMinutes(1)))).isEqualTo(new Counts(6, 3));
	}

	@Test
	void windowsOfDaysReadWholeHoursAndTheMinutesAtEitherEnd() {
		Instance a = new Instance("a");
		// one good event at every minute from 08:00 to 11:59, one bad at 09:30
		for (int minute = 0; minute < 240; minute++) {
			record(a, TEN.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(minute)), 1, 1);
		}
		record(a, TEN.minus(Duration.ofMinutes(30)), 1, 0);
		this.clock.set(TEN.plus(Duration.ofHours(2)));
		a.flush.flush();

		assertThat(this.jdbc.sql("SELECT total FROM slo_hour WHERE hour_start = ?")
			.param(TEN.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single()).isEqualTo(61);
		// 08:20 to 11:40: minutes of 08:xx, the hours 09 and 10, minutes of 11:xx
		assertThat(count(TEN.minus(Duration.ofMinutes(100)), TEN.plus(Duration.ofMinutes(100))))
			.isEqualTo(new Counts(201, 200));
		assertThat(count(TEN.minus(Duration.ofMinutes(31)), TEN.minus(Duration.ofMinutes(29))))
			.isEqualTo(new Counts(3, 2));
		assertThat(count(TEN.minus(Duration.ofHours(1)), TEN)).isEqualTo(new Counts(61, 60));
		// several windows at once, as the report asks, give what each asked alone gives
		Instant end = TEN.plus(Duration.ofMinutes(100));
		List<Duration> windows = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1),
				Duration.ofMinutes(200), Duration.ofHours(3), Duration.ofDays(1));
		Map<Duration, Counts> together = new SloRollups(this.jdbc, new InstanceId("reader"))
			.count(Slo.WEBHOOK_AVAILABILITY, end, windows);
		windows.forEach((window) -> assertThat(together.get(window)).as(window.toString())
			.isEqualTo(count(end.minus(window), end)));
		assertThat(together.get(Duration.ofMinutes(200))).isEqualTo(new Counts(201, 200));
	}

	@Test
	void aRestartedInstanceWithTheSameIdGoesOnFromWhatItWroteRatherThanOverwritingIt() {
		Instance before = new Instance("pod-1");
		record(before, TEN.plusSeconds(10), 4, 4);
		before.flush.flush();

		Instance after = new Instance("pod-1");
		record(after, TEN.plusSeconds(40), 2, 1);
		after.flush.flush();
		after.flush.flush();

		assertThat(count(TEN, TEN.plus(Duration.ofMinutes(1)))).isEqualTo(new Counts(6, 5));
	}

	@Test
	void minutesThatEndedAreLetGoOnceWrittenAndALateEventStartsFromTheDatabase() {
		Instance a = new Instance("a");
		record(a, TEN, 2, 2);
		this.clock.set(TEN.plus(Duration.ofMinutes(3)));
		a.flush.flush();
		assertThat(a.counters.snapshot(this.clock.instant())).isEmpty();

		record(a, TEN.plusSeconds(59), 1, 0);
		a.flush.flush();

		assertThat(count(TEN, TEN.plus(Duration.ofMinutes(1)))).isEqualTo(new Counts(3, 2));
	}

	@Test
	void countsOlderThanTheRetentionArePurged() {
		Instance a = new Instance("a");
		record(a, TEN.minus(Duration.ofDays(36)), 1, 1);
		record(a, TEN.minus(Duration.ofDays(34)), 1, 1);
		a.flush.flush();

		a.flush.purge();

		assertThat(count(TEN.minus(Duration.ofDays(40)), TEN)).isEqualTo(new Counts(1, 1));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM slo_hour").query(Long.class).single()).isEqualTo(1);
	}

	private void record(Instance instance, Instant at, int total, int good) {
		for (int i = 0; i < total; i++) {
			instance.counters.record(Slo.WEBHOOK_AVAILABILITY, at, i < good);
		}
	}

	private Counts count(Instant from, Instant to) {
		return new SloRollups(this.jdbc, new InstanceId("reader")).count(Slo.WEBHOOK_AVAILABILITY, from, to);
	}

	/** One running instance: its counters and its flush. */
	private final class Instance {

		final SloCounters counters = new SloCounters();

		final SloFlush flush;

		Instance(String id) {
			this.flush = new SloFlush(this.counters, new SloRollups(SloRollupsTests.this.jdbc, new InstanceId(id)),
					SloRollupsTests.this.properties, SloRollupsTests.this.clock,
					new ClusterJobs(new SchedulerLock(SloRollupsTests.this.jdbc, new InstanceId(id),
							SloRollupsTests.this.clock), new SimpleMeterRegistry()));
		}

	}

}
