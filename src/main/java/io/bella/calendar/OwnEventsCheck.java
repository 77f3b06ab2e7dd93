package io.bella.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.api.services.calendar.model.Event;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.BookingService;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.calendar.CalendarWrite.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Bella wins: the events Bella owns in each provider's calendar that changed since the
 * last check are compared with their appointments, and any that differ (moved, retitled,
 * deleted in Google, or still there after the appointment was cancelled) get a write of
 * the appointment as Bella has it. Events whose write is still pending are left to it.
 */
@Component
class OwnEventsCheck {

	private static final Logger log = LoggerFactory.getLogger(OwnEventsCheck.class);

	// appointments that ended a day ago are history, not the schedule
	private static final Duration PAST = Duration.ofDays(1);

	// Google's "updated" and Bella's clock differ a little
	private static final Duration OVERLAP = Duration.ofMinutes(1);

	private final GoogleEvents google;

	private final Providers providers;

	private final BookingService bookings;

	private final CalendarOutbox outbox;

	private final CalendarEvents events;

	private final Clock clock;

	private final Map<String, Instant> lastChecked = new ConcurrentHashMap<>();

	OwnEventsCheck(GoogleEvents google, Providers providers, BookingService bookings, CalendarOutbox outbox,
			CalendarEvents events, Clock clock) {
		this.google = google;
		this.providers = providers;
		this.bookings = bookings;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks every provider's calendar.
	 * @return how many writes it enqueued
	 */
	int check() {
		if (!this.google.enabled()) {
			return 0;
		}
		int enqueued = 0;
		for (Provider provider : this.providers.findAll()) {
			if (provider.googleCalendarId() != null) {
				enqueued += check(provider);
			}
		}
		return enqueued;
	}

	private int check(Provider provider) {
		String calendarId = provider.googleCalendarId();
		Instant now = this.clock.instant();
		List<Event> changed;
		try {
			changed = this.google.ownEvents(calendarId, now.minus(PAST), this.lastChecked.get(calendarId));
		}
		catch (RuntimeException ex) {
			log.info("Could not check the events of {} in Google Calendar: {}", provider.name(), ex.getMessage());
			return 0;
		}
		int enqueued = 0;
		for (Event event : changed) {
			long appointmentId = CalendarEvents.appointmentOf(event);
			if (!this.outbox.pending(appointmentId, calendarId) && restore(provider, event, appointmentId, now)) {
				enqueued++;
			}
		}
		this.lastChecked.put(calendarId, now.minus(OVERLAP));
		if (enqueued > 0) {
			log.info("{} events Bella owns in the calendar of {} were changed in Google; writing them back", enqueued,
					provider.name());
		}
		return enqueued;
	}

	private boolean restore(Provider provider, Event event, long appointmentId, Instant now) {
		Optional<Appointment> appointment = this.bookings.findById(appointmentId);
		boolean belongsHere = appointment.isPresent() && appointment.get().status() != AppointmentStatus.CANCELLED
				&& appointment.get().providerId() == provider.id();
		if (belongsHere && !this.events.matches(event, appointment.get())) {
			return this.outbox.enqueue(appointmentId, provider.id(), provider.googleCalendarId(), Action.RESTORED, null,
					now);
		}
		if (!belongsHere && !"cancelled".equals(event.getStatus())) {
			return this.outbox.enqueue(appointmentId, provider.id(), provider.googleCalendarId(), Action.CANCELLED,
					null, now);
		}
		return false;
	}

}
