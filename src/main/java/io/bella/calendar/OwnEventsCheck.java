package io.bella.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
	 * Checks every calendar an active provider writes to, once each: providers may share
	 * one, and an event there belongs to it when its appointment's provider (active or
	 * not) writes to that calendar.
	 * @return how many writes it enqueued
	 */
	int check() {
		if (!this.google.enabled()) {
			return 0;
		}
		List<Provider> all = this.providers.findAll();
		Map<Long, String> calendarOf = new HashMap<>();
		Map<String, Provider> byCalendar = new LinkedHashMap<>();
		for (Provider provider : all) {
			if (provider.googleCalendarId() != null) {
				calendarOf.put(provider.id(), provider.googleCalendarId());
				if (provider.active()) {
					byCalendar.putIfAbsent(provider.googleCalendarId(), provider);
				}
			}
		}
		int enqueued = 0;
		for (Map.Entry<String, Provider> calendar : byCalendar.entrySet()) {
			enqueued += check(calendar.getKey(), calendar.getValue(), calendarOf);
		}
		return enqueued;
	}

	// the provider names the calendar in logs and owns the writes of events nobody has
	private int check(String calendarId, Provider named, Map<Long, String> calendarOf) {
		Instant now = this.clock.instant();
		List<Event> changed;
		try {
			changed = this.google.ownEvents(calendarId, now.minus(PAST), this.lastChecked.get(calendarId));
		}
		catch (RuntimeException ex) {
			log.info("Could not check the events of {} in Google Calendar: {}", named.name(), ex.getMessage());
			return 0;
		}
		int enqueued = 0;
		for (Event event : changed) {
			long appointmentId = CalendarEvents.appointmentOf(event);
			if (!this.outbox.pending(appointmentId, calendarId)
					&& restore(calendarId, named, calendarOf, event, appointmentId, now)) {
				enqueued++;
			}
		}
		this.lastChecked.put(calendarId, now.minus(OVERLAP));
		if (enqueued > 0) {
			log.info("{} events Bella owns in the calendar of {} were changed in Google; writing them back", enqueued,
					named.name());
		}
		return enqueued;
	}

	// an event belongs in this calendar when its appointment's provider writes to it
	private boolean restore(String calendarId, Provider named, Map<Long, String> calendarOf, Event event,
			long appointmentId, Instant now) {
		Optional<Appointment> appointment = this.bookings.findById(appointmentId);
		boolean belongsHere = appointment.isPresent() && appointment.get().status() != AppointmentStatus.CANCELLED
				&& calendarId.equals(calendarOf.get(appointment.get().providerId()));
		if (belongsHere && !this.events.matches(event, appointment.get())) {
			return this.outbox.enqueue(appointmentId, appointment.get().providerId(), calendarId, Action.RESTORED, null,
					now);
		}
		if (!belongsHere && !"cancelled".equals(event.getStatus())) {
			return this.outbox.enqueue(appointmentId, named.id(), calendarId, Action.CANCELLED, null, now);
		}
		return false;
	}

}
