package io.bella.booking;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.bella.system.InvalidRequestException;
import io.bella.system.SupportedTimes;

/**
 * Reads and writes the API's timestamps: ISO-8601 with offset out, and in either with an
 * offset or as clinic-local wall-clock time.
 */
final class ApiTimes {

	private ApiTimes() {
	}

	static Instant parseInstant(String field, String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(field, "is required");
		}
		return SupportedTimes.check(field, parse(field, value, zone));
	}

	private static Instant parse(String field, String value, ZoneId zone) {
		try {
			return OffsetDateTime.parse(value.trim()).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			LocalDateTime local;
			try {
				local = LocalDateTime.parse(value.trim());
			}
			catch (DateTimeException ex) {
				throw new InvalidRequestException(field,
						"must be an ISO-8601 date-time such as 2026-12-01T10:00:00-05:00");
			}
			return SupportedTimes.instant(field, local, zone);
		}
	}

	/**
	 * A bound given as a date (start of that day in the clinic's zone) or a date-time.
	 */
	static Instant parseBound(String field, String value, ZoneId zone, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.trim().length() == 10) {
			try {
				LocalDate date = SupportedTimes.check(field, LocalDate.parse(value.trim()));
				return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new InvalidRequestException(field, "must be a date (YYYY-MM-DD) or an ISO-8601 date-time");
			}
		}
		return parseInstant(field, value, zone);
	}

	static OffsetDateTime local(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

}
