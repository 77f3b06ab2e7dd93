package io.bella.dashboard.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.util.StringUtils;

/**
 * The days an export covers, both included, as {@code from} and {@code to} (ISO dates)
 * give them; a day that cannot be read, or a last day before the first, is left open and
 * named in {@link #error()}.
 *
 * @param from the first day, or {@code null} for no limit
 * @param to the last day, or {@code null} for no limit
 * @param error what could not be read, or {@code null}
 */
record Period(LocalDate from, LocalDate to, String error) {

	static Period parse(Map<String, String> params) {
		String error = null;
		LocalDate from = null;
		LocalDate to = null;
		try {
			from = day(params.get("from"));
			to = day(params.get("to"));
		}
		catch (DateTimeParseException ex) {
			error = "A day is not a date like 2026-03-02.";
		}
		if (from != null && to != null && to.isBefore(from)) {
			return new Period(from, null, "The last day is before the first day.");
		}
		return new Period(from, to, error);
	}

	Instant start(ZoneId zone) {
		return (this.from != null) ? this.from.atStartOfDay(zone).toInstant() : null;
	}

	Instant end(ZoneId zone) {
		return (this.to != null) ? this.to.plusDays(1).atStartOfDay(zone).toInstant() : null;
	}

	/**
	 * The part of a file name that says the period: {@code -2026-03-01-to-2026-03-31}.
	 */
	String fileSuffix() {
		return ((this.from != null) ? "-" + this.from : "") + ((this.to != null) ? "-to-" + this.to : "");
	}

	private static LocalDate day(String value) {
		return StringUtils.hasText(value) ? LocalDate.parse(value.strip()) : null;
	}

}
