package io.bella.operations.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.bella.operations.alerts.AlertNotifier.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alert lifecycle: raise, acknowledge, resolve, and the notices each change sends.
 * Every change and its notice are written in one transaction, and each notice is queued
 * by the one call whose conditional update made the change, so that two instances doing
 * the same at once queue it once.
 */
@Component
public class Alerting {

	/** Who resolves an alert whose condition cleared. */
	static final String BELLA = "bella";

	private static final Logger log = LoggerFactory.getLogger(Alerting.class);

	private static final int MAX_OPEN_SCANNED = 1000;

	private final Alerts alerts;

	private final Mutes mutes;

	private final AlertNotifier notifier;

	private final TransactionTemplate transactions;

	private final AlertingProperties properties;

	private final Clock clock;

	Alerting(Alerts alerts, Mutes mutes, AlertNotifier notifier, TransactionTemplate transactions,
			AlertingProperties properties, Clock clock) {
		this.alerts = alerts;
		this.mutes = mutes;
		this.notifier = notifier;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Raises a condition: a new alert (and its firing notice unless muted), or one more
	 * occurrence of the unresolved alert with its fingerprint.
	 * @param condition what holds
	 * @param by who raised it by hand, {@code null} for a rule
	 * @return the alert, and whether this call started it
	 */
	public Raised raise(Condition condition, String by) {
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			Raised raised = this.alerts.raise(condition, by, now);
			if (raised.created()) {
				log.info("Alert {} fired: [{}] {} ({})", raised.alert().id(), condition.severity(), condition.summary(),
						condition.fingerprint());
				notifyUnlessMuted(raised.alert(), Notice.FIRING, now);
			}
			return raised;
		});
	}

	/**
	 * Acknowledges an alert: a person is on it, so its notice is not repeated.
	 * Acknowledging an acknowledged alert changes nothing.
	 * @throws UnknownIdException when there is no such alert
	 * @throws AlertStateException when it is resolved
	 */
	public Alert acknowledge(long id, String by) {
		return this.transactions.execute((status) -> {
			Alert alert = this.alerts.find(id).orElseThrow(() -> new UnknownIdException("alert", id));
			if (alert.resolved()) {
				throw new AlertStateException("Alert " + id + " is resolved; there is nothing to acknowledge.");
			}
			if (this.alerts.acknowledge(id, by, this.clock.instant())) {
				log.info("Alert {} acknowledged by {}", id, by);
			}
			return this.alerts.find(id).orElseThrow();
		});
	}

	/**
	 * Resolves an alert by hand. If its condition still holds, its rule raises it again,
	 * as a new alert, at the next evaluation.
	 * @throws UnknownIdException when there is no such alert
	 * @throws AlertStateException when it is resolved already
	 */
	public Alert resolve(long id, String by, String note) {
		return this.transactions.execute((status) -> {
			Alert alert = this.alerts.find(id).orElseThrow(() -> new UnknownIdException("alert", id));
			if (!resolve(alert, Resolution.MANUAL, by, note)) {
				throw new AlertStateException("Alert " + id + " is resolved already.");
			}
			return this.alerts.find(id).orElseThrow();
		});
	}

	/** Resolves an alert whose condition cleared, with its recovery notice. */
	void resolveCleared(Alert alert) {
		this.transactions.executeWithoutResult((status) -> resolve(alert, Resolution.AUTO, BELLA, null));
	}

	/**
	 * Records an alert that fired and cleared while nothing could be written (the
	 * database was down); its notices went out directly at the time.
	 */
	public Alert recordPast(Condition condition, Instant started, Instant ended, Instant notified) {
		return this.alerts.insertResolved(condition, started, ended, notified);
	}

	/**
	 * Sends the notices that are due: the firing notice of alerts whose silence or
	 * inhibition has ended, and the repeats of unacknowledged alerts.
	 */
	void notifyDue() {
		Instant now = this.clock.instant();
		for (Alert alert : this.alerts.findOpen(null, MAX_OPEN_SCANNED)) {
			Notice due = due(alert, now);
			if (due != null && this.mutes.mutedBy(alert, now).isEmpty()) {
				this.transactions.executeWithoutResult((status) -> {
					if (this.alerts.markNotified(alert.id(), alert.notifiedAt(), now)) {
						this.notifier.notify(alert, due);
					}
				});
			}
		}
	}

	List<Alert> open(String rule) {
		return this.alerts.findOpen(rule, MAX_OPEN_SCANNED);
	}

	private Notice due(Alert alert, Instant now) {
		if (alert.notifiedAt() == null) {
			return (alert.state() == AlertState.FIRING) ? Notice.FIRING : null;
		}
		Duration repeat = this.properties.repeat().get(alert.severity());
		boolean repeats = alert.state() == AlertState.FIRING && repeat != null;
		return (repeats && !alert.notifiedAt().plus(repeat).isAfter(now)) ? Notice.REPEAT : null;
	}

	private boolean resolve(Alert alert, Resolution resolution, String by, String note) {
		Instant now = this.clock.instant();
		if (!this.alerts.resolve(alert.id(), resolution, by, note, now)) {
			return false;
		}
		Alert resolved = this.alerts.find(alert.id()).orElseThrow();
		log.info("Alert {} resolved ({}{}): {}", alert.id(), resolution.value(),
				(resolution == Resolution.MANUAL) ? " by " + by : "", alert.summary());
		if (alert.notifiedAt() != null) {
			notifyUnlessMuted(resolved, Notice.RESOLVED, now);
		}
		return true;
	}

	private void notifyUnlessMuted(Alert alert, Notice notice, Instant now) {
		String mutedBy = this.mutes.mutedBy(alert, now).orElse(null);
		if (mutedBy != null) {
			log.info("Alert {}: {} notice held back by {}", alert.id(), notice.value(), mutedBy);
			return;
		}
		if (notice == Notice.FIRING) {
			this.alerts.markNotified(alert.id(), null, now);
		}
		this.notifier.notify(alert, notice);
	}

}
