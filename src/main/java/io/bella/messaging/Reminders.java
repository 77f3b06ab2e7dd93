package io.bella.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentQuery;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.BookingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Texts appointment reminders (docs/reminders.md). Every scan interval it reads the
 * booked appointments that start soon and sends the reminders that are due
 * ({@link ReminderSchedule}); a scan, not a timer per booking, so that no reminder is
 * lost to a restart, and one after downtime still sends what is due. One instance of the
 * cluster scans per interval ({@link MessagingJobs}); should two ever scan at once, the
 * claim each text takes before it is sent ({@link ReminderSender}) lets one of them send
 * it. A reminder that failed (Twilio down) is tried again by the next scan.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final ReminderProperties properties;

	private final ReminderSchedule schedule;

	private final BookingService bookings;

	private final ConfirmationDetails details;

	private final ReminderSender sender;

	private final Clock clock;

	// reminders this instance need not look at again, with their appointment's start,
	// after
	// which they are forgotten; the claims in the database are what keeps texts single
	private final Map<String, Instant> settled = new ConcurrentHashMap<>();

	Reminders(ReminderProperties properties, BookingService bookings, ConfirmationDetails details,
			ReminderSender sender, Clock clock) {
		this.properties = properties;
		this.schedule = new ReminderSchedule(properties.offsets(), properties.quiet());
		this.bookings = bookings;
		this.details = details;
		this.sender = sender;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportOnce() {
		if (!this.properties.enabled()) {
			log.info("Appointment reminders are off: set BELLA_REMINDER_OFFSETS (such as 24h,2h) to send them");
		}
		else if (!this.sender.enabled()) {
			log.info("Appointment reminders are off: texts are off");
		}
		else {
			log.info("Appointment reminders {} before each visit, none in quiet hours {}", this.properties.offsets(),
					this.properties.quiet());
		}
	}

	/** Scans now, logging a failure (on a schedule, {@link MessagingJobs} runs it). */
	void scan() {
		try {
			scanNow();
		}
		catch (RuntimeException ex) {
			log.warn("Reminder scan failed; the next one tries again: {}", ex.toString());
		}
	}

	/** Scans now if reminders are on. */
	void scanNow() {
		if (this.properties.enabled() && this.sender.enabled()) {
			scan(this.clock.instant());
		}
	}

	private void scan(Instant now) {
		ZoneId zone = this.details.zone();
		this.settled.values().removeIf((startsAt) -> !startsAt.isAfter(now));
		List<Appointment> upcoming = new ArrayList<>();
		// paging is ignored: every booked appointment in the window, read as a stream
		this.bookings.forEach(new AppointmentQuery(now, now.plus(this.schedule.horizon()), null, null,
				AppointmentStatus.BOOKED, null), upcoming::add);
		for (Appointment appointment : upcoming) {
			for (Duration offset : this.schedule.offsets()) {
				String key = ReminderSender.effectKey(appointment, offset);
				if (!this.settled.containsKey(key)) {
					ReminderSender.Outcome outcome = decide(appointment, offset, now, zone);
					if (outcome != null && outcome.settled()) {
						this.settled.put(key, appointment.startsAt());
					}
				}
			}
		}
	}

	// a booked appointment last changed when it was booked or moved to its time, or when
	// its patient was merged into another: that can only hold back a reminder that fell
	// due before the merge and had not gone yet
	private ReminderSender.Outcome decide(Appointment appointment, Duration offset, Instant now, ZoneId zone) {
		return switch (this.schedule.verdict(appointment.startsAt(), appointment.updatedAt(), offset, now, zone)) {
			case NOT_YET, QUIET -> null;
			case BOOKED_AFTER_DUE -> this.sender.count(ReminderSender.Outcome.BOOKED_AFTER_DUE);
			case LATE -> this.sender.count(ReminderSender.Outcome.LATE);
			case SEND -> this.sender.send(appointment, offset, now);
		};
	}

}
