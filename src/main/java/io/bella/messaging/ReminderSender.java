package io.bella.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.bella.booking.Appointment;
import io.bella.booking.BookingService;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.system.PhoneNumbers;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends one due reminder through {@link ClaimedTexts}, so that it goes at most once
 * however many scans, on however many instances, find it due; counts what became of it in
 * {@code bella.reminders}, by outcome.
 */
@Component
class ReminderSender {

	private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

	private final ClaimedTexts texts;

	private final OutboundMessages claims;

	private final BookingService bookings;

	private final Patients patients;

	private final ConfirmationDetails details;

	private final MeterRegistry registry;

	ReminderSender(ClaimedTexts texts, OutboundMessages claims, BookingService bookings, Patients patients,
			ConfirmationDetails details, MeterRegistry registry) {
		this.texts = texts;
		this.claims = claims;
		this.bookings = bookings;
		this.patients = patients;
		this.details = details;
		this.registry = registry;
	}

	boolean enabled() {
		return this.texts.enabled();
	}

	/**
	 * The effect a reminder is claimed under: one per appointment, offset and start, so
	 * that a moved appointment is reminded of its new time.
	 */
	static String effectKey(Appointment appointment, Duration offset) {
		return "appointment-reminder:" + appointment.id() + ":" + offset.toMinutes() + ":"
				+ appointment.startsAt().getEpochSecond();
	}

	/**
	 * Sends the reminder unless it went already or another scan is sending it.
	 * @param found the appointment as the scan read it
	 * @param offset which of its reminders
	 * @param now the time of the scan
	 * @return what became of it
	 */
	Outcome send(Appointment found, Duration offset, Instant now) {
		String key = effectKey(found, offset);
		Optional<OutboundMessages.Claim> claim = this.claims.find(key);
		if (claim.isPresent() && claim.get().sent()) {
			return Outcome.SENT_BEFORE;
		}
		if (claim.isPresent() && claim.get().rejected()) {
			// counted when Twilio refused it; asking again would be refused again
			return Outcome.REJECTED_BEFORE;
		}
		if (claim.isPresent() && !claim.get().failed()
				&& claim.get().claimedAt().isAfter(now.minus(ClaimedTexts.IN_FLIGHT))) {
			return Outcome.HELD;
		}
		// cancelled or moved since the scan read it: the scan after the move reminds of
		// the
		// new time
		Appointment appointment = this.bookings.findById(found.id()).orElse(null);
		if (appointment == null || !appointment.isBooked() || !appointment.startsAt().equals(found.startsAt())) {
			return Outcome.CHANGED;
		}
		Patient patient = this.patients.findById(appointment.patientId()).orElse(null);
		if (patient == null || patient.phone() == null || patient.phone().isBlank()) {
			log.info("No reminder for appointment {}: the patient has no phone number", appointment.id());
			return count(Outcome.NO_PHONE);
		}
		ConfirmationMessages.Details details = this.details.of(appointment, appointment.providerId());
		String body = ReminderText.write(details.clinicName(), details.providerName(), appointment.startsAt(),
				details.zone());
		try {
			SmsSender.Outcome outcome = this.texts.send(key, patient.phone(), body);
			log.info("Reminder {} for appointment {} to {}: {}", offset, appointment.id(),
					PhoneNumbers.mask(patient.phone()), outcome);
			return count(switch (outcome) {
				case SENT -> Outcome.SENT;
				case REJECTED -> Outcome.REJECTED;
				case OPTED_OUT -> Outcome.OPTED_OUT;
				case OFF -> Outcome.OFF;
			});
		}
		catch (ClaimedTexts.ClaimHeldException ex) {
			return Outcome.HELD;
		}
		catch (SmsSender.SmsNotSentException | CallNotPermittedException ex) {
			log.warn("Reminder for appointment {} not sent; the next scan tries again: {}", appointment.id(),
					ex.getMessage());
			return count(Outcome.FAILED);
		}
		catch (RuntimeException ex) {
			// whether Twilio took it is unknown: the open claim makes the next scan look
			log.warn("Reminder for appointment {} may not have been sent; the next scan checks: {}", appointment.id(),
					ex.toString());
			return count(Outcome.FAILED);
		}
	}

	/**
	 * Counts a reminder decided without sending it.
	 */
	Outcome count(Outcome outcome) {
		Counter.builder("bella.reminders")
			.description("Appointment reminders, by what became of them")
			.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
		return outcome;
	}

	/** What became of one reminder. */
	enum Outcome {

		/** Twilio took it. */
		SENT(true),

		/** Twilio refused it for good (an invalid number, say). */
		REJECTED(true),

		/** Not sent: the number opted out of texts (STOP). */
		OPTED_OUT(true),

		/** Not sent: texting is off (Twilio is not configured). */
		OFF(true),

		/** Not sent this time (Twilio down, breaker open): the next scan tries again. */
		FAILED(false),

		/** The patient has no phone number. */
		NO_PHONE(true),

		/**
		 * The appointment was booked, or moved to its time, after the reminder was due.
		 */
		BOOKED_AFTER_DUE(true),

		/** Found too late: the next reminder was due, or the visit started. */
		LATE(true),

		/** Sent before, by this scan or another. */
		SENT_BEFORE(true),

		/**
		 * Refused by Twilio for good before, by this scan or another; not asked again.
		 */
		REJECTED_BEFORE(true),

		/** Another scan is sending it right now. */
		HELD(false),

		/** Cancelled or moved since the scan read it. */
		CHANGED(true);

		private final boolean settled;

		Outcome(boolean settled) {
			this.settled = settled;
		}

		/** Whether no later scan needs to look at this reminder again. */
		boolean settled() {
			return this.settled;
		}

	}

}
