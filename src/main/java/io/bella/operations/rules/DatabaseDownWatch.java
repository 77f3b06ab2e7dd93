package io.bella.operations.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.bella.operations.alerts.Alert;
import io.bella.operations.alerts.AlertNotifier.Notice;
import io.bella.operations.alerts.AlertState;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Resolution;
import io.bella.operations.alerts.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code database-down}: the one alert that cannot be written where alerts are kept.
 * Every instance checks the database with the {@code db} health indicator (a real write
 * within the health budget) every 30 s; two failed checks in a row send a CRITICAL notice
 * directly on its channels (no outbox, no retries, one per instance), repeated at the
 * CRITICAL interval while the outage lasts; the first good check sends the recovery
 * notice and records the outage as a resolved alert.
 */
class DatabaseDownWatch {

	static final String NAME = "database-down";

	private static final Logger log = LoggerFactory.getLogger(DatabaseDownWatch.class);

	private static final int FAILED_CHECKS = 2;

	private final HealthIndicator database;

	private final Notices notices;

	private final History history;

	private final Duration repeat;

	private final Clock clock;

	private Outage outage;

	DatabaseDownWatch(HealthIndicator database, Notices notices, History history, Duration repeat, Clock clock) {
		this.database = database;
		this.notices = notices;
		this.history = history;
		this.repeat = repeat;
		this.clock = clock;
	}

	// per instance by nature, not through ClusterJobs: each instance checks its own reach
	// of the database, and a claim in that database could not be taken while it is down
	@Scheduled(fixedDelayString = "${bella.operations.rules.database-check-interval:30s}",
			initialDelayString = "${bella.operations.rules.database-check-interval:30s}")
	synchronized void check() {
		Instant now = this.clock.instant();
		boolean up = Status.UP.equals(this.database.health().getStatus());
		if (!up) {
			down(now);
		}
		else if (this.outage != null) {
			recovered(now);
		}
	}

	private void down(Instant now) {
		if (this.outage == null) {
			this.outage = new Outage(now, 1, null);
			return;
		}
		this.outage = new Outage(this.outage.since(), this.outage.checks() + 1, this.outage.notifiedAt());
		if (this.outage.checks() < FAILED_CHECKS) {
			return;
		}
		Instant notified = this.outage.notifiedAt();
		if (notified == null || (this.repeat != null && !notified.plus(this.repeat).isAfter(now))) {
			log.error("The database does not take writes (since {}): sending the {} notice directly",
					this.outage.since(), (notified != null) ? "repeat" : "firing");
			this.notices.send(alert(AlertState.FIRING, this.outage.since(), now),
					(notified != null) ? Notice.REPEAT : Notice.FIRING);
			this.outage = new Outage(this.outage.since(), this.outage.checks(), now);
		}
	}

	private void recovered(Instant now) {
		Outage ended = this.outage;
		this.outage = null;
		if (ended.notifiedAt() == null) {
			return;
		}
		log.info("The database takes writes again (down since {})", ended.since());
		this.notices.send(alert(AlertState.RESOLVED, ended.since(), now), Notice.RESOLVED);
		try {
			this.history.record(condition(), ended.since(), now, ended.notifiedAt());
		}
		catch (RuntimeException ex) {
			log.warn("The database outage could not be recorded as an alert: {}", ex.toString());
		}
	}

	private static Alert alert(AlertState state, Instant since, Instant now) {
		Condition condition = condition();
		boolean resolved = state == AlertState.RESOLVED;
		return new Alert(0, condition.fingerprint(), NAME, condition.labels(), condition.severity(), state,
				condition.component(), condition.summary(), condition.details(), since, now, resolved ? now : null, 1,
				null, null, null, resolved ? "bella" : null, resolved ? now : null, resolved ? Resolution.AUTO : null,
				null, null);
	}

	private static Condition condition() {
		return new Condition(NAME, Map.of(), Severity.CRITICAL, "database", "The database does not take writes",
				"The health check's write to the database failed twice in a row. Calls cannot book; the apology "
						+ "path puts callers through to the front desk. Sent directly by each instance: alerts "
						+ "cannot be recorded until the database is back.");
	}

	/** Sends a notice now, without the database. */
	@FunctionalInterface
	interface Notices {

		void send(Alert alert, Notice notice);

	}

	/** Records an alert that fired and cleared while the database was down. */
	@FunctionalInterface
	interface History {

		void record(Condition condition, Instant started, Instant ended, Instant notified);

	}

	/**
	 * An outage as this instance saw it.
	 *
	 * @param since the first failed check
	 * @param checks failed checks in a row
	 * @param notifiedAt when its last notice went, {@code null} before any
	 */
	private record Outage(Instant since, int checks, Instant notifiedAt) {
	}

}
