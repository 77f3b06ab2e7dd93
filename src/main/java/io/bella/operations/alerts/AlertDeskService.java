package io.bella.operations.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.bella.operations.AlertActionRefusedException;
import io.bella.operations.AlertDesk;

import org.springframework.stereotype.Service;

/**
 * {@link AlertDesk} over the alert lifecycle ({@link Alerting}) and the silences, the
 * same ones the API acts through.
 */
@Service
class AlertDeskService implements AlertDesk {

	private static final int MAX_UNRESOLVED = 500;

	private final Alerting alerting;

	private final Alerts alerts;

	private final Silences silences;

	private final Mutes mutes;

	private final Clock clock;

	AlertDeskService(Alerting alerting, Alerts alerts, Silences silences, Mutes mutes, Clock clock) {
		this.alerting = alerting;
		this.alerts = alerts;
		this.silences = silences;
		this.mutes = mutes;
		this.clock = clock;
	}

	@Override
	public List<UnresolvedAlert> unresolved(int limit) {
		Instant now = this.clock.instant();
		return this.alerts.findOpen(null, MAX_UNRESOLVED)
			.stream()
			.sorted(Comparator.comparing(Alert::severity).thenComparing(Alert::startedAt, Comparator.reverseOrder()))
			.limit(limit)
			.map((alert) -> new UnresolvedAlert(alert.id(), alert.severity().name(), alert.state().name(), alert.rule(),
					alert.component(), alert.summary(), alert.details(), alert.startedAt(), alert.lastSeenAt(),
					alert.occurrences(), alert.acknowledgedBy(), this.mutes.mutedBy(alert, now).orElse(null)))
			.toList();
	}

	@Override
	public void acknowledge(long id, String by) {
		try {
			this.alerting.acknowledge(id, by);
		}
		catch (UnknownIdException | AlertStateException ex) {
			throw new AlertActionRefusedException(ex.getMessage(), ex);
		}
	}

	@Override
	public void resolve(long id, String by, String note) {
		try {
			this.alerting.resolve(id, by, note);
		}
		catch (UnknownIdException | AlertStateException ex) {
			throw new AlertActionRefusedException(ex.getMessage(), ex);
		}
	}

	@Override
	public void silence(long id, Duration length, String by, String comment) {
		Alert alert = this.alerts.find(id)
			.orElseThrow(() -> new AlertActionRefusedException("There is no alert " + id + ".", null));
		Instant now = this.clock.instant();
		this.silences.create(alert.rule(), alert.component(), null, now, now.plus(length), by, comment);
	}

}
