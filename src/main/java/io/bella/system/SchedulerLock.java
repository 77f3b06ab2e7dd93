package io.bella.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets exactly one instance run a periodic job in each period: the job's row in
 * {@code scheduler_lock} is claimed with one conditional {@code UPDATE} that only a claim
 * whose lease has run out lets through, so of several instances asking at once the
 * database lets one win. A claim is not released when the job ends; it runs out, so that
 * no other instance runs the same job again within the lease. Times come from the
 * injected clock: instances whose clocks disagree by more than a lease may both run (keep
 * them on NTP). Jobs use it through {@link ClusterJobs}, which also counts their runs.
 */
@Component
public class SchedulerLock {

	private final JdbcClient jdbc;

	private final InstanceId instance;

	private final Clock clock;

	public SchedulerLock(JdbcClient jdbc, InstanceId instance, Clock clock) {
		this.jdbc = jdbc;
		this.instance = instance;
		this.clock = clock;
	}

	/**
	 * Claims a job for a lease.
	 * @param job the job's name, such as {@code alert-evaluation}
	 * @param lease how long no other instance may claim it
	 * @return whether this instance holds the claim now and should run the job
	 */
	public boolean claim(String job, Duration lease) {
		Instant now = this.clock.instant();
		if (take(job, now, lease)) {
			return true;
		}
		// a job's first claim creates its row, already run out; whoever loses the insert
		// race still competes for the claim
		this.jdbc.sql("""
				INSERT INTO scheduler_lock (name, locked_until, locked_at, locked_by)
				VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(job, utc(Instant.EPOCH), utc(Instant.EPOCH), this.instance.value())
			.update();
		return take(job, now, lease);
	}

	private boolean take(String job, Instant now, Duration lease) {
		return this.jdbc.sql("""
				UPDATE scheduler_lock SET locked_until = ?, locked_at = ?, locked_by = ?
				WHERE name = ? AND locked_until <= ?""")
			.params(utc(now.plus(lease)), utc(now), this.instance.value(), job, utc(now))
			.update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
