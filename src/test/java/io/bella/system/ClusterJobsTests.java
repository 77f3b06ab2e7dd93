package io.bella.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.bella.MutableClock;
import io.bella.operations.H2Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances sharing one database (the embedded default, H2), each with its own id: of
 * the two, one claims a job's interval, the other claims it once the interval is over;
 * and every run is counted by job and outcome.
 */
class ClusterJobsTests {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

	JdbcClient jdbc = JdbcClient.create(H2Database.migrated());

	SchedulerLock one = new SchedulerLock(this.jdbc, new InstanceId("one"), this.clock);

	SchedulerLock two = new SchedulerLock(this.jdbc, new InstanceId("two"), this.clock);

	@Test
	void twoInstancesGetOneClaimInAnIntervalAndTheOtherClaimsTheNext() {
		Duration lease = ClusterJobs.lease(INTERVAL);

		assertThat(this.one.claim("job", lease)).isTrue();
		assertThat(this.two.claim("job", lease)).isFalse();
		assertThat(this.one.claim("job", lease)).as("not twice by the same instance either").isFalse();
		assertThat(this.two.claim("other-job", lease)).as("jobs are claimed apart").isTrue();

		this.clock.advance(INTERVAL);
		assertThat(this.two.claim("job", lease)).isTrue();
		assertThat(this.one.claim("job", lease)).isFalse();
		assertThat(holder("job")).isEqualTo("two");
	}

	@Test
	void theLeaseIsSlightlyShorterThanTheInterval() {
		assertThat(ClusterJobs.lease(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(9));
		assertThat(ClusterJobs.lease(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(54));
		assertThat(ClusterJobs.lease(Duration.ofHours(24))).isEqualTo(Duration.ofHours(24).minusMinutes(5));
	}

	@Test
	void theOwnerClaimsAgainAtATickThatComesALittleEarly() {
		Duration lease = ClusterJobs.lease(INTERVAL);
		assertThat(this.one.claim("job", lease)).isTrue();

		this.clock.advance(INTERVAL.minusSeconds(1));

		assertThat(this.one.claim("job", lease)).isTrue();
	}

	@Test
	void everyRunIsCountedByJobAndOutcome() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ClusterJobs first = new ClusterJobs(this.one, registry);
		ClusterJobs second = new ClusterJobs(this.two, registry);
		AtomicInteger runs = new AtomicInteger();

		assertThat(first.run("scan", INTERVAL, runs::incrementAndGet)).isTrue();
		assertThat(second.run("scan", INTERVAL, runs::incrementAndGet)).isFalse();
		this.clock.advance(INTERVAL);
		assertThat(second.run("scan", INTERVAL, () -> {
			throw new IllegalStateException("Twilio is down");
		})).isFalse();
		this.clock.advance(INTERVAL);
		assertThat(first.run("scan", INTERVAL, runs::incrementAndGet)).isTrue();

		assertThat(runs).hasValue(2);
		assertThat(count(registry, "scan", "ran")).isEqualTo(2);
		assertThat(count(registry, "scan", "skipped")).isEqualTo(1);
		assertThat(count(registry, "scan", "failed")).isEqualTo(1);
	}

	@Test
	void aClaimThatCannotBeTakenCountsAsFailed() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		this.jdbc.sql("DROP TABLE scheduler_lock").update();

		assertThat(new ClusterJobs(this.one, registry).run("scan", INTERVAL, () -> {
		})).isFalse();

		assertThat(count(registry, "scan", "failed")).isEqualTo(1);
	}

	private String holder(String job) {
		return this.jdbc.sql("SELECT locked_by FROM scheduler_lock WHERE name = ?")
			.param(job)
			.query(String.class)
			.single();
	}

	private static double count(SimpleMeterRegistry registry, String job, String outcome) {
		return registry.get(ClusterJobs.RUNS).tag("job", job).tag("outcome", outcome).counter().count();
	}

}
