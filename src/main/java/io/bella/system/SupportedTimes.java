package io.bella.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The span of time the API accepts: years 1900 to 9999. Java's own range (±999,999,999
 * years) overflows date arithmetic, and PostgreSQL refuses timestamps beyond 294,276 AD;
 * no appointment or call lies outside this span, so a value beyond it is a client's
 * mistake and is refused as such. A wall-clock time is accepted when it names one instant
 * in the clinic's zone.
 */
public final class SupportedTimes {

	public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

	private static final Instant EARLIEST = EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);

	private static final Instant LATEST = LATEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);

	private SupportedTimes() {
	}

	/**
	 * Returns the instant, or refuses it as an invalid {@code field}.
	 */
	public static Instant check(String field, Instant instant) {
		if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
			throw new InvalidRequestException(field, "must lie between the years 1900 and 9999");
		}
		return instant;
	}

	/**
	 * Returns the date, or refuses it as an invalid {@code field}.
	 */
	public static LocalDate check(String field, LocalDate date) {
		if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
			throw new InvalidRequestException(field, "must lie between the years 1900 and 9999");
		}
		return date;
	}

	/**
	 * The instant a wall-clock time names in a zone, or refuses it as an invalid
	 * {@code field} when it names none (skipped when clocks spring forward) or two
	 * (repeated when they fall back): which instant is meant cannot be guessed, and a
	 * guess books the wrong hour. The caller can give the time with an offset instead.
	 */
	public static Instant instant(String field, LocalDateTime local, ZoneId zone) {
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
		if (offsets.size() != 1) {
			throw new InvalidRequestException(field, (offsets.isEmpty() ? "does not exist in " : "happens twice in ")
					+ zone.getId() + " (daylight-saving change); give the time with an offset");
		}
		return local.toInstant(offsets.get(0));
	}

}
