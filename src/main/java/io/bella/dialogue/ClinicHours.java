package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.bella.booking.Clinics;
import io.bella.booking.TimeRange;

/**
 * Says when the clinic is open, from its providers' hours, closed dates and holidays: on
 * one day ("On Saturday, March 14th we're open from 9 a.m. to 1 p.m."), right now, or
 * over a usual week.
 */
final class ClinicHours {

	/** How far ahead hours are looked up: two weeks, so each weekday is seen twice. */
	private static final int DAYS = 14;

	private final Clinics clinics;

	private final ClinicTime time;

	ClinicHours(Clinics clinics, ClinicTime time) {
		this.clinics = clinics;
		this.time = time;
	}

	/**
	 * One sentence on the hours: of {@code date} when given, else of right now when
	 * {@code now}, else of a usual week.
	 */
	String answer(LocalDate date, boolean now) {
		LocalDate today = this.time.today();
		if (date != null && !date.isBefore(today)) {
			return onDate(date, today);
		}
		if (now) {
			return rightNow(today);
		}
		return week(today);
	}

	private String onDate(LocalDate date, LocalDate today) {
		Map<LocalDate, TimeRange> hours = this.clinics.hours(date, date.plusDays(DAYS));
		TimeRange range = hours.get(date);
		String day = date.equals(today) ? "today" : "on " + SpokenForms.date(date);
		if (range != null) {
			return sentence((date.equals(today) ? "Today" : "On " + SpokenForms.date(date)) + " we're open from "
					+ span(range));
		}
		Optional<LocalDate> next = hours.keySet().stream().filter(date::isBefore).findFirst();
		String reopening = next
			.map((open) -> ", and open again on " + SpokenForms.date(open) + " at "
					+ SpokenForms.time(hours.get(open).start()))
			.orElse("");
		return sentence("We're closed " + day + reopening);
	}

	private String rightNow(LocalDate today) {
		if (this.time.isOpenNow()) {
			TimeRange range = this.clinics.hours(today, today).get(today);
			return "Yes, we're open until " + SpokenForms.time(range.end()) + " today.";
		}
		return onDate(today, today).replace("We're closed today", "We're closed right now");
	}

	private String week(LocalDate today) {
		Map<DayOfWeek, TimeRange> usual = new EnumMap<>(DayOfWeek.class);
		this.clinics.hours(today, today.plusDays(DAYS - 1))
			.forEach((date, range) -> usual.putIfAbsent(date.getDayOfWeek(), range));
		if (usual.isEmpty()) {
			return "We don't have any opening hours set in the next two weeks.";
		}
		List<String> spans = new ArrayList<>();
		DayOfWeek first = null;
		DayOfWeek last = null;
		for (DayOfWeek day : DayOfWeek.values()) {
			TimeRange range = usual.get(day);
			if (first != null && (range == null || !range.equals(usual.get(first)))) {
				spans.add(days(first, last) + " from " + span(usual.get(first)));
				first = null;
			}
			if (range != null) {
				first = (first != null) ? first : day;
				last = day;
			}
		}
		if (first != null) {
			spans.add(days(first, last) + " from " + span(usual.get(first)));
		}
		return sentence("We're open " + SpokenForms.both(spans));
	}

	/** Ends the sentence, unless it ends with "a.m." or "p.m." already. */
	static String sentence(String words) {
		return words.endsWith(".") ? words : words + ".";
	}

	private static String days(DayOfWeek first, DayOfWeek last) {
		return first.equals(last) ? name(first) : name(first) + " to " + name(last);
	}

	private static String name(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.CANADA);
	}

	private static String span(TimeRange range) {
		return SpokenForms.time(range.start()) + " to " + SpokenForms.time(range.end());
	}

}
