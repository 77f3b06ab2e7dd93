package io.bella.booking;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.bella.system.InvalidRequestException;
import io.bella.system.PhoneNumbers;
import io.bella.system.SupportedTimes;

/**
 * The checks shared by every way the set-up is written (the API, the clinic file), each
 * failing with an {@link InvalidRequestException} that names the field.
 */
final class SetupValidation {

	static final int LONGEST_NAME = 200;

	static final int LONGEST_CALENDAR_ID = 1024;

	private SetupValidation() {
	}

	static String name(String field, String value, int longest) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(field, "must not be blank");
		}
		String trimmed = value.strip().replaceAll("\\s+", " ");
		if (trimmed.length() > longest) {
			throw new InvalidRequestException(field, "must be at most " + longest + " characters");
		}
		return trimmed;
	}

	static String optionalText(String field, String value, int longest) {
		return (value == null || value.isBlank()) ? null : name(field, value, longest);
	}

	/**
	 * A Google calendar id as the owner copied it: surrounding space trimmed, nothing
	 * blank, spaced or unprintable inside; blank clears it.
	 */
	static String calendarId(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > LONGEST_CALENDAR_ID) {
			throw new InvalidRequestException(field, "must be at most " + LONGEST_CALENDAR_ID + " characters");
		}
		if (trimmed.codePoints()
			.anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
					|| Character.getType(c) == Character.FORMAT)) {
			throw new InvalidRequestException(field,
					"must not contain spaces or control characters (copy the calendar id from Google's settings)");
		}
		return trimmed;
	}

	static ZoneId zone(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(field, "is required (an IANA time zone such as America/Toronto)");
		}
		try {
			ZoneId zone = ZoneId.of(value.strip());
			if (!value.strip().contains("/") && !"UTC".equals(zone.getId())) {
				throw new InvalidRequestException(field,
						"must be a region-based IANA time zone such as America/Toronto, not an offset");
			}
			return zone;
		}
		catch (DateTimeException ex) {
			throw new InvalidRequestException(field, "is not an IANA time zone (such as America/Toronto)");
		}
	}

	static String region(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return PhoneNumbers.supportedRegion(value)
			.orElseThrow(() -> new InvalidRequestException(field,
					"is not a region with a numbering plan (ISO 3166 such as CA, US or GB)"));
	}

	static String phone(String field, String value, String region) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return PhoneNumbers.e164(value, region)
			.orElseThrow(() -> new InvalidRequestException(field,
					"is not a valid phone number (use E.164 like +14165550123)"));
	}

	static LocalDate date(String field, LocalDate value) {
		if (value == null) {
			throw new InvalidRequestException(field, "is required (YYYY-MM-DD)");
		}
		return SupportedTimes.check(field, value);
	}

	static int minutes(String field, Integer value, int least, int most) {
		if (value == null) {
			throw new InvalidRequestException(field, "is required");
		}
		if (value < least || value > most) {
			throw new InvalidRequestException(field, "must be between " + least + " and " + most);
		}
		return value;
	}

	/**
	 * A day's working time: each interval starts before it ends, and none overlap;
	 * returned in order.
	 */
	static List<TimeRange> hours(String field, List<TimeRange> ranges) {
		if (ranges == null) {
			throw new InvalidRequestException(field, "is required (an empty list means no hours)");
		}
		List<TimeRange> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparing(TimeRange::start));
		for (int i = 0; i < sorted.size(); i++) {
			TimeRange range = sorted.get(i);
			if (range.start() == null || range.end() == null || !range.start().isBefore(range.end())) {
				throw new InvalidRequestException(field, "each interval must start before it ends");
			}
			if (i > 0 && range.start().isBefore(sorted.get(i - 1).end())) {
				throw new InvalidRequestException(field, "intervals must not overlap");
			}
		}
		return List.copyOf(sorted);
	}

	/**
	 * Facts the assistant may say: short topics, answers of a sentence or two.
	 */
	static Map<String, String> facts(Map<String, String> facts) {
		if (facts == null) {
			return Map.of();
		}
		if (facts.size() > 50) {
			throw new InvalidRequestException("facts", "may hold at most 50 topics");
		}
		facts.forEach((topic, answer) -> {
			name("facts", topic, 50);
			name("facts." + topic, answer, 1000);
		});
		return facts;
	}

}
