package io.bella.calendar;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentBooked;
import io.bella.booking.AppointmentCancelled;
import io.bella.booking.AppointmentRescheduled;
import io.bella.booking.BookingService;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.calendar.CalendarWrite.Action;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts every change to an appointment whose provider has a Google calendar into the
 * outbox, after the booking commits; {@link CalendarPush} writes it. A moved appointment
 * whose provider changed is taken out of the former provider's calendar. An event
 * delivered again finds the same state enqueued and adds nothing. While Google Calendar
 * is off (no credentials, or the Google account disconnected for a while) the changes are
 * enqueued all the same and wait in the outbox, which the push leaves alone until Google
 * is on again.
 */
@Component
class AppointmentChanges {

	static final String BOOKED_LISTENER = "calendar-write-booked";

	static final String RESCHEDULED_LISTENER = "calendar-write-rescheduled";

	static final String CANCELLED_LISTENER = "calendar-write-cancelled";

	static final Set<String> LISTENERS = Set.of(BOOKED_LISTENER, RESCHEDULED_LISTENER, CANCELLED_LISTENER);

	private final BookingService bookings;

	private final Providers providers;

	private final CalendarOutbox outbox;

	private final Clock clock;

	AppointmentChanges(BookingService bookings, Providers providers, CalendarOutbox outbox, Clock clock) {
		this.bookings = bookings;
		this.providers = providers;
		this.outbox = outbox;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = BOOKED_LISTENER)
	void on(AppointmentBooked event) {
		enqueue(event.appointmentId(), event.providerId(), Action.BOOKED);
	}

	@ApplicationModuleListener(id = RESCHEDULED_LISTENER)
	void on(AppointmentRescheduled event) {
		if (event.previousProviderId() != event.providerId()) {
			String now = calendarOf(event.providerId()).orElse(null);
			calendarOf(event.previousProviderId()).filter((previous) -> !previous.equals(now))
				.ifPresent((previous) -> enqueue(event.appointmentId(), event.previousProviderId(), previous,
						Action.CANCELLED));
		}
		enqueue(event.appointmentId(), event.providerId(), Action.MOVED);
	}

	@ApplicationModuleListener(id = CANCELLED_LISTENER)
	void on(AppointmentCancelled event) {
		enqueue(event.appointmentId(), event.providerId(), Action.CANCELLED);
	}

	private void enqueue(long appointmentId, long providerId, Action action) {
		calendarOf(providerId).ifPresent((calendar) -> enqueue(appointmentId, providerId, calendar, action));
	}

	private void enqueue(long appointmentId, long providerId, String calendarId, Action action) {
		Optional<Appointment> appointment = this.bookings.findById(appointmentId);
		String state = appointment.map(AppointmentChanges::state).orElse("gone");
		this.outbox.enqueue(appointmentId, providerId, calendarId, action, state, this.clock.instant());
	}

	private Optional<String> calendarOf(long providerId) {
		return this.providers.findById(providerId).map(Provider::googleCalendarId);
	}

	// what the event shows: a change to any of it is written once
	static String state(Appointment appointment) {
		return appointment.status() + " " + appointment.providerId() + " " + appointment.startsAt() + " "
				+ appointment.endsAt() + " " + appointment.appointmentTypeId();
	}

}
