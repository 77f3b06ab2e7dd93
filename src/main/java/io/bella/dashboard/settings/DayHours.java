package io.bella.dashboard.settings;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.bella.booking.TimeRange;
import io.bella.system.InvalidRequestException;

/**
 * One day's hours as the settings forms show them: opening and closing times with breaks
 * between, as written ({@code HH:MM}, blank for none). The set-up services keep a day as
 * working intervals; a break is the gap between two of them.
 *
 * @param open the opening time, or blank
 * @param close the closing time, or blank
 * @param breaks the breaks, blank ones unused
 */
record DayHours(String open, String close, List<Break> breaks) {

	DayHours {
		breaks = List.copyOf(breaks);
	}

	/**
	 * A day's intervals as opening, closing and the gaps between, with at least
	 * {@code breaks} breaks (blank ones to fill in).
	 */
	static DayHours of(List<TimeRange> ranges, int breaks) {
		List<Break> gaps = new ArrayList<>();
		for (int i = 1; i < ranges.size(); i++) {
			gaps.add(new Break(ranges.get(i - 1).end().toString(), ranges.get(i).start().toString()));
		}
		while (gaps.size() < breaks) {
			gaps.add(new Break("", ""));
		}
		return ranges.isEmpty() ? new DayHours("", "", gaps)
				: new DayHours(ranges.get(0).start().toString(), ranges.get(ranges.size() - 1).end().toString(), gaps);
	}

	/**
	 * The day as written in a form, its fields named {@code prefix + "open"},
	 * {@code prefix + "close"}, {@code prefix + "break0.start"} …
	 */
	static DayHours parse(Map<String, String> form, String prefix, int breaks) {
		List<Break> written = new ArrayList<>();
		for (int i = 0; i < breaks; i++) {
			written.add(new Break(value(form, prefix + "break" + i + ".start"),
					value(form, prefix + "break" + i + ".end")));
		}
		return new DayHours(value(form, prefix + "open"), value(form, prefix + "close"), written);
	}

	/**
	 * The working intervals: from opening to closing without the breaks; none for a day
	 * off. Whether they are in order is the set-up services' check.
	 * @param field the field a form error is reported at
	 * @throws InvalidRequestException when a time is not one or a pair is half given
	 */
	List<TimeRange> ranges(String field) {
		List<Break> given = this.breaks.stream().filter((b) -> !b.start().isBlank() || !b.end().isBlank()).toList();
		if (this.open.isBlank() && this.close.isBlank()) {
			if (!given.isEmpty()) {
				throw new InvalidRequestException(field, "a break needs opening and closing times around it");
			}
			return List.of();
		}
		if (this.open.isBlank() || this.close.isBlank()) {
			throw new InvalidRequestException(field,
					"give both the opening and the closing time, or neither for a day off");
		}
		List<TimeRange> cuts = new ArrayList<>();
		for (Break cut : given) {
			if (cut.start().isBlank() || cut.end().isBlank()) {
				throw new InvalidRequestException(field, "give both the start and the end of each break");
			}
			cuts.add(new TimeRange(time(field, cut.start()), time(field, cut.end())));
		}
		cuts.sort(Comparator.comparing(TimeRange::start));
		List<TimeRange> ranges = new ArrayList<>();
		LocalTime from = time(field, this.open);
		for (TimeRange cut : cuts) {
			ranges.add(new TimeRange(from, cut.start()));
			from = cut.end();
		}
		ranges.add(new TimeRange(from, time(field, this.close)));
		return ranges;
	}

	private static LocalTime time(String field, String written) {
		try {
			return LocalTime.parse(written.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(field,
					"“" + written.strip() + "” is not a time; write it as HH:MM, " + "such as 09:30");
		}
	}

	private static String value(Map<String, String> form, String name) {
		String value = form.get(name);
		return (value != null) ? value.strip() : "";
	}

	/**
	 * A break as written.
	 *
	 * @param start when it starts, or blank
	 * @param end when it ends, or blank
	 */
	record Break(String start, String end) {
	}

}
