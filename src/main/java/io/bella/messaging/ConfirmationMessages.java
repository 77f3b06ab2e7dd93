package io.bella.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the confirmation texts patients receive. Times are the clinic's wall-clock time;
 * one text stays within a couple of SMS segments.
 */
final class ConfirmationMessages {

	// Locale.US on purpose: en-CA writes "a.m.", which reads oddly in a short text
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d 'at' h:mm a", Locale.US);

	private ConfirmationMessages() {
	}

	static String booked(Details details, Instant startsAt) {
		return "%s: your %s with %s is booked for %s. Reply or call %s to change.".formatted(details.clinicName(),
				details.visit(), details.providerName(), when(startsAt, details.zone()), details.clinicPhone());
	}

	static String rescheduled(Details details, Instant previousStartsAt, Instant startsAt) {
		return "%s: your %s has moved from %s to %s with %s. Reply or call %s to change.".formatted(
				details.clinicName(), details.visit(), when(previousStartsAt, details.zone()),
				when(startsAt, details.zone()), details.providerName(), details.clinicPhone());
	}

	static String cancelled(Details details, Instant startsAt) {
		return "%s: your %s with %s on %s is cancelled. Call %s to book a new time.".formatted(details.clinicName(),
				details.visit(), details.providerName(), when(startsAt, details.zone()), details.clinicPhone());
	}

	static String when(Instant instant, ZoneId zone) {
		return WHEN.format(instant.atZone(zone));
	}

	/**
	 * Details one text needs, resolved from the booking module
	 * ({@link ConfirmationDetails}).
	 *
	 * @param clinicPhone the clinic's number as a patient reads it
	 */
	record Details(String clinicName, ZoneId zone, String clinicPhone, String visit, String providerName) {
	}

}
