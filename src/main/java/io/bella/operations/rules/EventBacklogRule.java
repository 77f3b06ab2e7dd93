package io.bella.operations.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code event-publication-backlog}: HIGH while Spring Modulith's registry holds event
 * publications that are still incomplete longer than the backlog age (15 min): a listener
 * keeps failing (Twilio down for texts, the model down for transcriptions) or the retries
 * stopped. Resolves once none is that old.
 */
@Component
class EventBacklogRule implements AlertRule {

	static final String NAME = "event-publication-backlog";

	private static final int LISTENERS_NAMED = 3;

	private final JdbcClient jdbc;

	private final RuleProperties properties;

	EventBacklogRule(JdbcClient jdbc, RuleProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		OffsetDateTime before = now.minus(this.properties.eventBacklogAge()).atOffset(ZoneOffset.UTC);
		List<Backlog> backlog = this.jdbc.sql("""
				SELECT listener_id, COUNT(*) AS publications, MIN(publication_date) AS oldest
				FROM event_publication WHERE completion_date IS NULL AND publication_date < ?
				GROUP BY listener_id ORDER BY COUNT(*) DESC""")
			.param(before)
			.query((rs, row) -> new Backlog(rs.getString("listener_id"), rs.getLong("publications"),
					rs.getObject("oldest", OffsetDateTime.class).toInstant()))
			.list();
		if (backlog.isEmpty()) {
			return List.of();
		}
		long total = backlog.stream().mapToLong(Backlog::publications).sum();
		Instant oldest = backlog.stream().map(Backlog::oldest).min(Instant::compareTo).orElseThrow();
		String listeners = backlog.stream()
			.limit(LISTENERS_NAMED)
			.map((entry) -> shortName(entry.listener()) + " (" + entry.publications() + ")")
			.collect(Collectors.joining(", "));
		return List.of(new Condition(NAME, Map.of(), Severity.HIGH, "events",
				total + " event publications incomplete for more than " + this.properties.eventBacklogAge().toMinutes()
						+ " min",
				"Oldest published at " + oldest + ". Listeners: " + listeners
						+ ". Texts or transcriptions behind them have not been done."));
	}

	// io.bella.messaging.SmsConfirmations.on(io.bella.booking.AppointmentBooked) reads
	// better as SmsConfirmations.on(AppointmentBooked)
	private static String shortName(String listener) {
		return listener.replaceAll("([a-z0-9_]+\\.)+([A-Z])", "$2");
	}

	private record Backlog(String listener, long publications, Instant oldest) {
	}

}
