package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.bella.system.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The set-up API's shared JSON forms: wall-clock intervals ({@code "09:00"} to
 * {@code "17:00"}, in the clinic's zone), a week of them, and the appointments a forced
 * change left outside the schedule.
 */
final class SetupJson {

	/** What a set-up change answers when it would strand booked appointments. */
	static final String STRANDED = "Booked appointments would be left outside the schedule "
			+ "(stranded-appointments, listed in appointments); force=true keeps them as they are";

	private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

	private SetupJson() {
	}

	static List<TimeRange> ranges(String field, List<Interval> intervals) {
		if (intervals == null) {
			throw new InvalidRequestException(field, "is required (an empty list means no hours)");
		}
		List<TimeRange> ranges = new ArrayList<>();
		for (Interval interval : intervals) {
			if (interval == null) {
				throw new InvalidRequestException(field, "must not hold null");
			}
			ranges.add(new TimeRange(time(field, interval.start()), time(field, interval.end())));
		}
		return ranges;
	}

	static List<Interval> intervals(List<TimeRange> ranges) {
		return ranges.stream().map((range) -> new Interval(range.start().toString(), range.end().toString())).toList();
	}

	static Map<String, List<Interval>> week(Map<DayOfWeek, List<TimeRange>> hours) {
		Map<String, List<Interval>> week = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day.name().toLowerCase(Locale.ROOT), intervals(hours.getOrDefault(day, List.of())));
		}
		return week;
	}

	static Map<DayOfWeek, List<TimeRange>> week(WeeklyHours body) {
		if (body == null) {
			throw new InvalidRequestException("body", "is required");
		}
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		hours.put(DayOfWeek.MONDAY, ranges("monday", body.monday()));
		hours.put(DayOfWeek.TUESDAY, ranges("tuesday", body.tuesday()));
		hours.put(DayOfWeek.WEDNESDAY, ranges("wednesday", body.wednesday()));
		hours.put(DayOfWeek.THURSDAY, ranges("thursday", body.thursday()));
		hours.put(DayOfWeek.FRIDAY, ranges("friday", body.friday()));
		hours.put(DayOfWeek.SATURDAY, ranges("saturday", body.saturday()));
		hours.put(DayOfWeek.SUNDAY, ranges("sunday", body.sunday()));
		return hours;
	}

	static List<Stranded> stranded(List<StrandedAppointment> appointments, ZoneId zone) {
		return appointments.stream()
			.map((a) -> new Stranded(a.appointmentId(), a.providerId(), a.startsAt().atZone(zone).toOffsetDateTime(),
					a.reason()))
			.toList();
	}

	private static LocalTime time(String field, String value) {
		if (value == null || !HH_MM.matcher(value.strip()).matches()) {
			throw new InvalidRequestException(field, "times are HH:MM on a 24-hour clock, such as 09:00 or 17:30");
		}
		return LocalTime.parse(value.strip());
	}

	/**
	 * Working time within one day, in the clinic's zone.
	 *
	 * @param start when it starts, HH:MM
	 * @param end when it ends (exclusive), HH:MM
	 */
	record Interval(@Schema(example = "09:00", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$") String start,
			@Schema(example = "17:00", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$") String end) {
	}

	/**
	 * A provider's week; every day is given, an empty list is a day off.
	 */
	record WeeklyHours(List<Interval> monday, List<Interval> tuesday, List<Interval> wednesday, List<Interval> thursday,
			List<Interval> friday, List<Interval> saturday, List<Interval> sunday) {
	}

	/**
	 * A booked appointment a forced change left outside the schedule.
	 */
	record Stranded(long appointmentId, long providerId, OffsetDateTime startsAt, String reason) {
	}

}
