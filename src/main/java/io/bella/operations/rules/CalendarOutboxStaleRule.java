package io.bella.operations.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bella.calendar.PendingCalendarWrites;
import io.bella.calendar.PendingCalendarWrites.Backlog;
import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.stereotype.Component;

/**
 * {@code calendar-outbox-stale}: MEDIUM, per provider, while appointments have waited
 * more than 30 minutes to be written to the provider's Google calendar: Google is down,
 * the breaker open, the calendar not shared with Bella, or Google Calendar off (no
 * credentials, the Google account disconnected or its token unreadable) while providers
 * have calendars. Bookings go on; the calendar the provider reads is behind. Resolves
 * once the writes are through.
 */
@Component
class CalendarOutboxStaleRule implements AlertRule {

	static final String NAME = "calendar-outbox-stale";

	static final Duration AGE = Duration.ofMinutes(30);

	private final PendingCalendarWrites writes;

	CalendarOutboxStaleRule(PendingCalendarWrites writes) {
		this.writes = writes;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		return this.writes.pendingSince(now.minus(AGE)).stream().map(CalendarOutboxStaleRule::condition).toList();
	}

	private static Condition condition(Backlog backlog) {
		String details = "Oldest waiting since " + backlog.oldest() + ". "
				+ ((backlog.lastError() != null) ? "Google last answered: " + backlog.lastError() + ". " : "")
				+ "Check that Google Calendar is on (a service account, or a Google account connected in Settings), "
				+ "that it is reachable and that the calendar is shared with Bella (docs/calendars.md).";
		return new Condition(NAME, Map.of("provider", Long.toString(backlog.providerId())), Severity.MEDIUM,
				"google-calendar",
				backlog.pending() + ((backlog.pending() == 1) ? " appointment of " : " appointments of ")
						+ backlog.providerName() + " not written to Google Calendar for more than " + AGE.toMinutes()
						+ " min",
				details);
	}

}
