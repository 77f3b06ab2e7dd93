package io.bella.operations.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bella.booking.ExternalBusyTimes;
import io.bella.booking.StaleCalendar;
import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.stereotype.Component;

/**
 * {@code calendar-busy-stale}: HIGH, one alert per provider whose Google calendar's busy
 * times were not imported within {@code BELLA_BOOKING_EXTERNAL_BUSY_MAX_AGE}. Booking
 * does not fail open: nobody can book that provider until an import succeeds. Resolves at
 * the first evaluation after one does.
 */
@Component
class CalendarBusyStaleRule implements AlertRule {

	static final String NAME = "calendar-busy-stale";

	private final ExternalBusyTimes busyTimes;

	CalendarBusyStaleRule(ExternalBusyTimes busyTimes) {
		this.busyTimes = busyTimes;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		return this.busyTimes.stale(now).stream().map(this::condition).toList();
	}

	private Condition condition(StaleCalendar stale) {
		String last = (stale.importedAt() != null) ? "last imported at " + stale.importedAt() : "never imported";
		return new Condition(NAME, Map.of("provider", String.valueOf(stale.providerId())), Severity.HIGH,
				"google-calendar", "Bookings for " + stale.providerName() + " are blocked: calendar not synchronised",
				"The busy times of " + stale.providerName() + "'s Google calendar were " + last
						+ ", longer ago than BELLA_BOOKING_EXTERNAL_BUSY_MAX_AGE (" + this.busyTimes.maxAge()
						+ "). Nobody can book them until an import succeeds: check Google Calendar's breaker, the "
						+ "calendar's sharing with Bella's account, or run POST /api/providers/" + stale.providerId()
						+ "/calendar-sync.");
	}

}
