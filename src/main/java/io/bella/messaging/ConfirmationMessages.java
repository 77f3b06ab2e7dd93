package io.bella.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

import io.bella.dialogue.Reply;

/**
 * Writes the confirmation texts patients receive. Times are the clinic's wall-clock time;
 * one text stays within a couple of SMS segments.
 */
final class ConfirmationMessages {

	// Locale.US on purpose: en-CA writes "a.m.", which reads oddly in a short text
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d 'at' h:mm a", Locale.US);

	private ConfirmationMessages() {
	}

	/** Details one text needs, resolved from the booking module. */
	record Details(String clinicName, ZoneId zone, String clinicPhone, String visit, String providerName) {
	}

	static String booked(Details details, Instant startsAt) {
		return "%s: your %s with %s is booked for %s. Reply or call %s to change.".formatted(details.clinicName(),
				details.visit(), details.providerName(), when(startsAt, details.zone()), phone(details.clinicPhone()));
	}

	static String rescheduled(Details details, Instant previousStartsAt, Instant startsAt) {
		return "%s: your %s has moved from %s to %s with %s. Reply or call %s to change.".formatted(
				details.clinicName(), details.visit(), when(previousStartsAt, details.zone()),
				when(startsAt, details.zone()), details.providerName(), phone(details.clinicPhone()));
	}

	static String cancelled(Details details, Instant startsAt) {
		return "%s: your %s with %s on %s is cancelled. Call %s to book a new time.".formatted(details.clinicName(),
				details.visit(), details.providerName(), when(startsAt, details.zone()), phone(details.clinicPhone()));
	}

	static String when(Instant instant, ZoneId zone) {
		return WHEN.format(instant.atZone(zone));
	}

	/** A North American number reads as (416) 555-0100; others in international form. */
	static String phone(String e164) {
		PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
		try {
			var number = numbers.parse(e164, "CA");
			return numbers.format(number,
					(number.getCountryCode() == 1) ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

}
