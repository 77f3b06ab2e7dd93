package io.bella.calendar;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.google.api.services.calendar.model.Event;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.BookingService;
import io.bella.calendar.CalendarWrite.Action;
import io.bella.calendar.GoogleEvents.Result;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Drains the outbox: claims each write that is due, one at a time, writes its appointment
 * as it is now to its calendar, and marks the write done; a failure waits longer each
 * time (30 s, doubling, at most 15 min), a write Google refuses for good (a calendar not
 * shared with Bella) is kept with Google's answer for the operator and tried again
 * hourly. Counted in {@code bella.calendar.writes} by outcome.
 */
@Component
class CalendarPush {

	private static final Logger log = LoggerFactory.getLogger(CalendarPush.class);

	private static final int BATCH = 50;

	// one write's claim: longer than the two calls it may make, each within the timeout
	private static final Duration CLAIM = Duration.ofMinutes(5);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	private static final Duration LAST_RETRY = Duration.ofMinutes(15);

	private static final Duration REJECTED_RETRY = Duration.ofHours(1);

	private final CalendarOutbox outbox;

	private final BookingService bookings;

	private final CalendarEvents events;

	private final GoogleEvents google;

	private final Clock clock;

	private final MeterRegistry meters;

	CalendarPush(CalendarOutbox outbox, BookingService bookings, CalendarEvents events, GoogleEvents google,
			Clock clock, MeterRegistry meters) {
		this.outbox = outbox;
		this.bookings = bookings;
		this.events = events;
		this.google = google;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Writes what is due, one write at a time, each claimed right before it is written,
	 * at most {@value #BATCH} a run; the next run goes on with the rest.
	 * @return how many writes this run claimed
	 */
	int writeDue() {
		int claimedCount = 0;
		while (claimedCount < BATCH) {
			Optional<CalendarWrite> claimed = this.outbox.claimNext(this.clock.instant(), CLAIM);
			if (claimed.isEmpty()) {
				break;
			}
			write(claimed.get());
			claimedCount++;
		}
		return claimedCount;
	}

	private void write(CalendarWrite write) {
		try {
			Result result = apply(write);
			count(result.outcome());
			if (result.isRejected()) {
				log.warn("Google refused the event of appointment {}: {}; trying again in {}", write.appointmentId(),
						result.error(), REJECTED_RETRY);
				this.outbox.retryLater(write, this.clock.instant().plus(REJECTED_RETRY), result.error());
				return;
			}
			this.outbox.done(write, this.clock.instant());
		}
		catch (RuntimeException ex) {
			count("failed");
			Duration delay = backOff(write.attempts());
			log.info("The event of appointment {} was not written ({}); trying again in {}", write.appointmentId(),
					ex.getMessage(), delay);
			this.outbox.retryLater(write, this.clock.instant().plus(delay), String.valueOf(ex.getMessage()));
		}
	}

	private Result apply(CalendarWrite write) {
		Optional<Appointment> appointment = this.bookings.findById(write.appointmentId());
		if (write.action() == Action.CANCELLED || appointment.isEmpty()
				|| appointment.get().status() == AppointmentStatus.CANCELLED) {
			return this.google.delete(write.calendarId(), EventIds.of(write.appointmentId()));
		}
		Event event = this.events.of(appointment.get());
		return (write.action() == Action.MOVED) ? this.google.patch(write.calendarId(), event)
				: this.google.insert(write.calendarId(), event);
	}

	static Duration backOff(int attempts) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 10);
		Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
		return (delay.compareTo(LAST_RETRY) > 0) ? LAST_RETRY : delay;
	}

	private void count(String outcome) {
		this.meters.counter("bella.calendar.writes", "outcome", outcome).increment();
	}

}
