package io.bella.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads dates, date ranges, times, time windows and durations out of a transcript and
 * resolves them against today, following the conventions in docs/extraction.md.
 */
final class WhenReader {

	static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

	static final Map<String, Integer> MONTHS = new HashMap<>();

	/**
	 * Month names that are also common words: a month only next to a day or after "in".
	 */
	static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "jan", "sept");

	static final Set<String> TOMORROW = Set.of("tomorrow", "tomorow", "tommorow", "tommorrow", "tmrw", "tomorrows",
			"tomorrow's");

	static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
			"minute", "minutes", "mins", "min", "hour", "hours", "hrs", "hr", "people", "kids", "children", "patients",
			"times", "of", "percent", "dollars", "bucks", "teeth", "tooth", "year's", "weeks'");

	static final Set<String> ORDINAL_NOUNS = Set.of("name", "thing", "time", "available", "availability", "opening",
			"one", "floor", "appointment", "visit", "week", "step", "choice", "option", "slot", "day", "month", "spot",
			"person", "patient");

	static final int AM = 1;

	static final int PM = 2;

	static {
		String[][] days = { { "monday", "mondays", "mon" }, { "tuesday", "tuesdays", "tues", "tue" },
				{ "wednesday", "wednesdays", "weds", "wed" }, { "thursday", "thursdays", "thurs", "thur", "thu" },
				{ "friday", "fridays", "fri" }, { "saturday", "saturdays" }, { "sunday", "sundays" } };
		for (int d = 0; d < days.length; d++) {
			for (String name : days[d]) {
				WEEKDAYS.put(name, DayOfWeek.of(d + 1));
			}
		}
		String[][] months = { { "january", "jan" }, { "february", "feb" }, { "march", "mar" }, { "april", "apr" },
				{ "may" }, { "june", "jun" }, { "july", "jul" }, { "august", "aug" }, { "september", "sep", "sept" },
				{ "october", "oct" }, { "november", "nov" }, { "december", "dec" } };
		for (int m = 0; m < months.length; m++) {
			for (String name : months[m]) {
				MONTHS.put(name, m + 1);
			}
		}
		MONTHS.remove("mar");
	}

	/**
	 * Every word a date, time, window or duration can start with; other words are skipped
	 * at once.
	 */
	static final Set<String> STARTERS = new java.util.HashSet<>();

	static {
		STARTERS.addAll(Transcript.CARDINALS.keySet());
		STARTERS.addAll(Transcript.ORDINALS.keySet());
		STARTERS.addAll(TOMORROW);
		STARTERS.addAll(MONTHS.keySet());
		for (String day : WEEKDAYS.keySet()) {
			STARTERS.add(day);
			STARTERS.add(day + "'s");
		}
		STARTERS.addAll(Set.of("today", "tonight", "the", "day", "this", "next", "coming", "following", "in", "within",
				"early", "late", "later", "end", "mid", "on", "a", "an", "between", "from", "after", "before", "no",
				"not", "quarter", "half", "noon", "midday", "midnight", "for", "to", "too"));
	}

	private WhenReader() {
	}

	/** A clock time as said: hour, minutes, am/pm and how many tokens it took. */
	static final class Clock {

		int hour;

		int minute;

		int meridiem;

		/** Index of the first token after the clock. */
		int end;

		boolean colon;

		boolean oclock;

		boolean ish;

		boolean minutesSaid;

		boolean exact;

	}

	static void read(Transcript t, LocalDate today, Expectation expect, Reading r) {
		readPartOfDay(t, r);
		int n = t.size;
		int i = 0;
		while (i < n) {
			String w = t.words[i];
			if (t.used[i] || !Character.isDigit(w.charAt(0)) && !STARTERS.contains(w)) {
				i++;
				continue;
			}
			int k = matchDate(t, i, today, expect, r);
			if (k == 0) {
				k = matchWindow(t, i, r);
			}
			if (k == 0) {
				k = matchRelativeMinutes(t, i, r);
			}
			if (k == 0) {
				k = matchTime(t, i, expect, r);
			}
			if (k == 0) {
				k = matchDuration(t, i, r);
			}
			if (k > 0) {
				for (int j = i; j < i + k && j < n; j++) {
					t.used[j] = true;
				}
				i += k;
			}
			else {
				i++;
			}
		}
		if (r.timeCount == 0 && r.windowAt < 0 && r.partOfDay != 0) {
			switch (r.partOfDay) {
				case 1 -> r.window(LocalTime.of(8, 0), LocalTime.NOON, -1, false);
				case 2 -> r.window(LocalTime.NOON, LocalTime.of(17, 0), -1, false);
				case 3 -> r.window(LocalTime.of(17, 0), LocalTime.of(21, 0), -1, false);
				default -> r.window(LocalTime.NOON, LocalTime.of(13, 0), -1, false);
			}
		}
	}

	private static void readPartOfDay(Transcript t, Reading r) {
		for (int i = 0; i < t.size; i++) {
			String w = t.words[i];
			String prev = t.word(i - 1);
			if (prev.equals("good")) {
				continue;
			}
			switch (w) {
				case "morning", "mornings" -> r.partOfDay = 1;
				case "afternoon", "afternoons" -> r.partOfDay = 2;
				case "evening", "evenings", "tonight" -> r.partOfDay = 3;
				case "night" -> {
					if (prev.equals("at") || prev.equals("tomorrow") || WEEKDAYS.containsKey(prev)
							|| prev.equals("late")) {
						r.partOfDay = 3;
					}
				}
				case "lunch", "lunchtime" -> {
					if (!prev.equals("after") && !prev.equals("before") && r.partOfDay == 0) {
						r.partOfDay = 4;
					}
				}
				default -> {
				}
			}
		}
	}

	// ---------------------------------------------------------------- dates

	private static int matchDate(Transcript t, int i, LocalDate today, Expectation expect, Reading r) {
		String w = t.words[i];
		switch (w) {
			case "today":
				addDate(t, r, today, i);
				return 1;
			case "tonight":
				addDate(t, r, today, i);
				return 0;
			case "the":
				return matchThe(t, i, today, expect, r);
			case "day":
				if (t.is(i + 1, "after") && TOMORROW.contains(t.word(i + 2))) {
					addDate(t, r, today.plusDays(2), i);
					return 3;
				}
				return 0;
			case "this":
			case "next":
			case "coming":
			case "following":
				return matchThisNext(t, i, today, r);
			case "in":
			case "within":
				return matchIn(t, i, today, r);
			case "early":
			case "late":
			case "later":
			case "end":
			case "mid":
				return matchEarlyLate(t, i, today, r);
			case "on":
				if (expect == Expectation.DATE || t.is(i + 1, "the")) {
					int j = t.is(i + 1, "the") ? i + 2 : i + 1;
					int k = matchDayOfMonth(t, j, today, r, true);
					return (k > 0) ? k + (j - i) : 0;
				}
				return 0;
			default:
				break;
		}
		if (TOMORROW.contains(w)) {
			addDate(t, r, today.plusDays(1), i);
			return 1;
		}
		DayOfWeek dow = WEEKDAYS.get(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
		if (dow != null && w.endsWith("s") && !w.endsWith("'s") && !w.equals("tues") && !w.equals("weds")
				&& !w.equals("thurs")) {
			// "are you open on Saturdays": every Saturday, not a date
			return 1;
		}
		if (dow != null) {
			return matchWeekday(t, i, dow, today, r, false);
		}
		Integer month = MONTHS.get(w);
		if (month != null) {
			return matchMonth(t, i, month, today, r);
		}
		int k = matchAmountFrom(t, i, today, r);
		if (k > 0) {
			return k;
		}
		int ord = t.ordinal(i);
		String afterOrdinal = (ord > 0) ? t.word(i + (ord & 7)) : "";
		if (ord > 0 && (Character.isDigit(w.charAt(0)) || expect == Expectation.DATE
				|| afterOrdinal.equals("of") && MONTHS.containsKey(t.word(i + (ord & 7) + 1))
				|| MONTHS.containsKey(afterOrdinal) && !afterOrdinal.equals("may"))) {
			return matchDayOfMonth(t, i, today, r, expect == Expectation.DATE);
		}
		if (expect == Expectation.DATE && t.size <= 3) {
			int c = t.cardinal(i);
			if (c > 0 && c / 8 >= 1 && c / 8 <= 31 && !UNITS.contains(t.word(i + (c & 7))) && !t.is(i + (c & 7), "am")
					&& !t.is(i + (c & 7), "pm")) {
				return matchDayOfMonth(t, i, today, r, true);
			}
		}
		return 0;
	}

	private static int matchThe(Transcript t, int i, LocalDate today, Expectation expect, Reading r) {
		if (t.is(i + 1, "day") && t.is(i + 2, "after") && TOMORROW.contains(t.word(i + 3))) {
			addDate(t, r, today.plusDays(2), i);
			return 4;
		}
		if (t.is(i + 1, "week") && t.is(i + 2, "after") && t.is(i + 3, "next")) {
			LocalDate mon = nextMonday(today).plusWeeks(1);
			r.range(mon, mon.plusDays(6), i);
			return 4;
		}
		if (t.is(i + 1, "following") && t.is(i + 2, "week")) {
			LocalDate mon = nextMonday(today);
			r.range(mon, mon.plusDays(6), i);
			return 3;
		}
		if (t.is(i + 1, "weekend")) {
			weekend(today, false, r, i);
			return 2;
		}
		DayOfWeek dow = WEEKDAYS.get(t.word(i + 1));
		if (dow != null && t.is(i + 2, "after") && t.is(i + 3, "next")) {
			addDate(t, r, nextWeek(today, dow).plusWeeks(1), i);
			return 4;
		}
		if (t.is(i + 1, "next") || t.is(i + 1, "following") || t.is(i + 1, "coming") || t.is(i + 1, "this")) {
			int k = matchThisNext(t, i + 1, today, r);
			return (k > 0) ? k + 1 : 0;
		}
		int k = matchDayOfMonth(t, i + 1, today, r, true);
		return (k > 0) ? k + 1 : 0;
	}

	/** "5th", "the fifth", "the 5th of March", "fifth of March". */
	private static int matchDayOfMonth(Transcript t, int i, LocalDate today, Reading r, boolean cardinalAllowed) {
		int packed = t.ordinal(i);
		if (packed < 0 && cardinalAllowed) {
			packed = t.cardinal(i);
			if (packed > 0
					&& (t.is(i + (packed & 7), "am") || t.is(i + (packed & 7), "pm") || t.is(i + (packed & 7), "oclock")
							|| UNITS.contains(t.word(i + (packed & 7))) && !t.is(i + (packed & 7), "of"))) {
				return 0;
			}
		}
		if (packed < 0) {
			return 0;
		}
		int day = packed / 8;
		int len = packed & 7;
		if (day < 1 || day > 31) {
			return 0;
		}
		String next = t.word(i + len);
		if (next.equals("of") && (t.is(i + len + 1, "next") || t.is(i + len + 1, "this"))
				&& t.is(i + len + 2, "month")) {
			YearMonth ym = YearMonth.from(today).plusMonths(t.is(i + len + 1, "next") ? 1 : 0);
			LocalDate d = (day <= ym.lengthOfMonth()) ? ym.atDay(day) : null;
			addDate(t, r, (d != null && !d.isBefore(today)) ? d : null, i);
			return len + 3;
		}
		if (next.equals("of") && MONTHS.containsKey(t.word(i + len + 1))) {
			int month = MONTHS.get(t.word(i + len + 1));
			int year = year(t, i + len + 2);
			addDate(t, r, monthDay(today, month, day, year), i);
			return len + 2 + ((year > 0) ? yearLength(t, i + len + 2) : 0);
		}
		if (MONTHS.containsKey(next) && !next.equals("may")) {
			int month = MONTHS.get(next);
			int year = year(t, i + len + 1);
			addDate(t, r, monthDay(today, month, day, year), i);
			return len + 1 + ((year > 0) ? yearLength(t, i + len + 1) : 0);
		}
		if (ORDINAL_NOUNS.contains(next) || t.is(i + len, "of")) {
			return 0;
		}
		addDate(t, r, dayOfMonth(today, day), i);
		return len;
	}

	private static int matchMonth(Transcript t, int i, int month, LocalDate today, Reading r) {
		int j = i + 1;
		if (t.is(j, "the")) {
			j++;
		}
		int packed = t.ordinal(j);
		if (packed < 0) {
			packed = t.cardinal(j);
			if (packed > 0 && (t.is(j + (packed & 7), "am") || t.is(j + (packed & 7), "pm")
					|| t.is(j + (packed & 7), "oclock") || UNITS.contains(t.word(j + (packed & 7))))) {
				packed = -1;
			}
		}
		if (packed > 0 && packed / 8 >= 1 && packed / 8 <= 31 && !t.used[j]) {
			int day = packed / 8;
			int end = j + (packed & 7);
			int year = year(t, end);
			addDate(t, r, monthDay(today, month, day, year), i);
			return end - i + ((year > 0) ? yearLength(t, end) : 0);
		}
		String prev = t.word(i - 1);
		if (prev.equals("of") && t.is(i - 2, "week")) {
			// "the first week of January", "the last week of March"
			int week = t.is(i - 3, "last") ? -1 : Math.max(0, t.ordinal(i - 3)) / 8;
			if (week != 0) {
				int year = today.getYear() + ((month < today.getMonthValue()) ? 1 : 0);
				YearMonth ym = YearMonth.of(year, month);
				LocalDate from = (week < 0) ? ym.atEndOfMonth().minusDays(6)
						: ym.atDay(Math.min(1 + 7 * (week - 1), 22));
				LocalDate to = (week < 0) ? ym.atEndOfMonth() : from.plusDays(6);
				if (!to.isBefore(today)) {
					r.range(from.isBefore(today) ? today : from, to, i);
				}
				return 1;
			}
		}
		if (prev.equals("of") && !t.is(i - 2, "end")) {
			monthRange(today, month, "in", r, i);
			return 1;
		}
		if (prev.equals("in") || prev.equals("of") || prev.equals("early") || prev.equals("late") || prev.equals("mid")
				|| prev.equals("until")
				|| !AMBIGUOUS_MONTHS.contains(t.words[i]) && !prev.equals("i") && !prev.equals("you")) {
			monthRange(today, month, prev, r, i);
			return 1;
		}
		return 0;
	}

	private static void monthRange(LocalDate today, int month, String prev, Reading r, int at) {
		int year = today.getYear();
		if (month < today.getMonthValue()) {
			year++;
		}
		YearMonth ym = YearMonth.of(year, month);
		LocalDate from = ym.atDay(1);
		LocalDate to = ym.atEndOfMonth();
		if (prev.equals("early")) {
			to = ym.atDay(10);
		}
		else if (prev.equals("mid")) {
			from = ym.atDay(11);
			to = ym.atDay(20);
		}
		else if (prev.equals("late") || prev.equals("of")) {
			from = ym.atDay(21);
		}
		if (from.isBefore(today)) {
			from = today;
		}
		if (!to.isBefore(from)) {
			r.range(from, to, at);
		}
	}

	private static int year(Transcript t, int i) {
		String w = t.word(i);
		if (w.length() == 4 && Character.isDigit(w.charAt(0))) {
			int y = t.number(i);
			return (y >= 2000 && y <= 2100) ? y : -1;
		}
		if (w.equals("twenty") && t.is(i + 1, "twenty")) {
			int u = t.number(i + 2);
			if (u >= 0 && u <= 9 && !t.word(i + 2).isEmpty() && Character.isLetter(t.word(i + 2).charAt(0))) {
				return 2020 + u;
			}
			return 2020;
		}
		if (w.equals("twenty") && t.is(i + 1, "thirty")) {
			return 2030;
		}
		return -1;
	}

	private static int yearLength(Transcript t, int i) {
		String w = t.word(i);
		if (Character.isDigit(w.isEmpty() ? 'x' : w.charAt(0))) {
			return 1;
		}
		int u = t.number(i + 2);
		return (t.is(i + 1, "twenty") && u >= 0 && u <= 9) ? 3 : 2;
	}

	private static int matchWeekday(Transcript t, int i, DayOfWeek dow, LocalDate today, Reading r, boolean bareOnly) {
		int j = i + 1;
		if (t.is(j, "the") && t.ordinal(j + 1) > 0 || t.ordinal(j) > 0 && Character.isDigit(t.word(j).charAt(0))
				|| MONTHS.containsKey(t.word(j))
						&& (t.ordinal(j + 1) > 0 || t.cardinal(j + 1) > 0 || t.is(j + 1, "the"))) {
			int before = r.dateCount;
			int k = t.is(j, "the") ? matchThe(t, j, today, null, r) : MONTHS.containsKey(t.word(j))
					? matchMonth(t, j, MONTHS.get(t.word(j)), today, r) : matchDayOfMonth(t, j, today, r, false);
			if (k > 0 && r.dateCount > before) {
				if (r.dates[r.dateCount - 1].getDayOfWeek() != dow) {
					r.weekdayMismatch = true;
				}
				r.dateAt[r.dateCount - 1] = i;
				return k + 1;
			}
		}
		if (!bareOnly) {
			if (t.is(j, "next") && t.is(j + 1, "week")) {
				addDate(t, r, nextWeek(today, dow), i);
				return 3;
			}
			if (t.is(j, "of") && t.is(j + 1, "next") && t.is(j + 2, "week")) {
				addDate(t, r, nextWeek(today, dow), i);
				return 4;
			}
			if (t.is(j, "after") && t.is(j + 1, "next")) {
				addDate(t, r, nextWeek(today, dow).plusWeeks(1), i);
				return 3;
			}
			if (t.is(j, "this") && t.is(j + 1, "week")) {
				LocalDate d = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
					.plusDays(dow.getValue() - 1L);
				addDate(t, r, d.isBefore(today) ? nextStrict(today, dow) : d, i);
				return 3;
			}
		}
		if (r.rangeFrom != null && r.rangeAt >= 0 && r.rangeAt < i) {
			// "sometime next week, maybe Thursday": the Thursday of that week
			LocalDate inRange = r.rangeFrom.with(TemporalAdjusters.nextOrSame(dow));
			if (!inRange.isAfter(r.rangeTo)) {
				addDate(t, r, inRange, i);
				return 1;
			}
		}
		addDate(t, r, nextStrict(today, dow), i);
		return 1;
	}

	private static int matchThisNext(Transcript t, int i, LocalDate today, Reading r) {
		String w = t.words[i];
		int j = i + 1;
		if (w.equals("this") && t.is(j, "coming")) {
			j++;
		}
		String next = t.word(j);
		boolean isNext = w.equals("next") || w.equals("following");
		if (w.equals("coming") && !WEEKDAYS.containsKey(next) && !next.equals("week")) {
			return 0;
		}
		DayOfWeek dow = WEEKDAYS.get(next);
		if (dow != null) {
			if (isNext) {
				addDate(t, r, nextWeek(today, dow), i);
				return j - i + 1;
			}
			int k = matchWeekday(t, j, dow, today, r, true);
			return j - i + k;
		}
		switch (next) {
			case "week": {
				if (isNext || w.equals("coming")) {
					int k = j + 1;
					if (t.is(k, "on")) {
						k++;
					}
					DayOfWeek d = WEEKDAYS.get(t.word(k));
					if (d != null) {
						addDate(t, r, nextWeek(today, d), i);
						return k - i + 1;
					}
					LocalDate mon = nextMonday(today);
					r.range(mon, mon.plusDays(6), i);
				}
				else {
					int k = j + 1;
					if (t.is(k, "on")) {
						k++;
					}
					DayOfWeek d = WEEKDAYS.get(t.word(k));
					if (d != null) {
						int taken = matchWeekday(t, k, d, today, r, true);
						return k - i + taken;
					}
					r.range(today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), i);
				}
				return j - i + 1;
			}
			case "weekend":
				weekend(today, isNext, r, i);
				return j - i + 1;
			case "month": {
				if (isNext) {
					YearMonth ym = YearMonth.from(today).plusMonths(1);
					r.range(ym.atDay(1), ym.atEndOfMonth(), i);
				}
				else {
					r.range(today, YearMonth.from(today).atEndOfMonth(), i);
				}
				return j - i + 1;
			}
			case "morning":
			case "afternoon":
			case "evening":
				if (w.equals("this")) {
					addDate(t, r, today, i);
					return 1;
				}
				return 0;
			default:
				return 0;
		}
	}

	private static void weekend(LocalDate today, boolean next, Reading r, int at) {
		if (next) {
			LocalDate sat = nextMonday(today).plusDays(5);
			r.range(sat, sat.plusDays(1), at);
			return;
		}
		if (today.getDayOfWeek() == DayOfWeek.SUNDAY) {
			r.range(today, today, at);
			return;
		}
		LocalDate sat = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		r.range(sat, sat.plusDays(1), at);
	}

	private static int matchEarlyLate(Transcript t, int i, LocalDate today, Reading r) {
		String w = t.words[i];
		int j = i + 1;
		if (w.equals("end") && t.is(j, "of")) {
			j++;
			if (t.is(j, "the")) {
				j++;
			}
			if (t.is(j, "week")) {
				LocalDate sun = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
				LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(3);
				r.range(from.isBefore(today) ? today : from, sun, i);
				return j - i + 1;
			}
			if (t.is(j, "next") && t.is(j + 1, "week")) {
				LocalDate mon = nextMonday(today);
				r.range(mon.plusDays(3), mon.plusDays(6), i);
				return j - i + 2;
			}
			if (t.is(j, "month") || t.is(j, "the") && t.is(j + 1, "month")) {
				YearMonth ym = YearMonth.from(today);
				LocalDate from = ym.atDay(Math.max(1, ym.lengthOfMonth() - 9));
				r.range(from.isBefore(today) ? today : from, ym.atEndOfMonth(), i);
				return j - i + 1;
			}
			return 0;
		}
		if (t.is(j, "next") && t.is(j + 1, "week")) {
			LocalDate mon = nextMonday(today);
			if (w.equals("early")) {
				r.range(mon, mon.plusDays(2), i);
			}
			else if (w.equals("late") || w.equals("later")) {
				r.range(mon.plusDays(3), mon.plusDays(6), i);
			}
			else {
				return 0;
			}
			return 3;
		}
		if (w.equals("later") && (t.is(j, "this") && t.is(j + 1, "week")
				|| t.is(j, "in") && t.is(j + 1, "the") && t.is(j + 2, "week"))) {
			LocalDate sun = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			LocalDate from = today.plusDays(1);
			if (!from.isAfter(sun)) {
				r.range(from, sun, i);
			}
			return t.is(j, "this") ? 3 : 4;
		}
		if (w.equals("later") && t.is(j, "today")) {
			addDate(t, r, today, i);
			return 2;
		}
		return 0;
	}

	/**
	 * "in 3 days", "in a week", "in two weeks' time", "in an hour" (consumed, not a
	 * date).
	 */
	private static int matchIn(Transcript t, int i, LocalDate today, Reading r) {
		int j = i + 1;
		int amount;
		String w = t.word(j);
		if (w.equals("a") || w.equals("an")) {
			if (t.is(j + 1, "couple")) {
				amount = 2;
				j += t.is(j + 2, "of") ? 3 : 2;
			}
			else if (t.is(j + 1, "few")) {
				amount = -1;
				j += 2;
			}
			else {
				amount = 1;
				j += 1;
			}
		}
		else if (w.equals("couple")) {
			amount = 2;
			j += t.is(j + 1, "of") ? 2 : 1;
		}
		else if (w.equals("half") && (t.is(j + 1, "an") || t.is(j + 1, "a")) && t.is(j + 2, "hour")) {
			return 4;
		}
		else {
			int c = t.cardinal(j);
			if (c < 0) {
				return 0;
			}
			amount = c / 8;
			j += c & 7;
		}
		String unit = t.word(j);
		LocalDate date = null;
		switch (unit) {
			case "day", "days" -> date = (amount > 0) ? today.plusDays(amount) : null;
			case "week", "weeks", "weeks'", "week's" -> date = (amount > 0) ? today.plusWeeks(amount) : null;
			case "fortnight", "fortnights" -> date = (amount > 0) ? today.plusWeeks(2L * amount) : null;
			case "month", "months" -> date = (amount > 0) ? today.plusMonths(amount) : null;
			case "hour", "hours", "minutes", "minute", "mins", "hr", "hrs" -> {
				return j - i + 1;
			}
			default -> {
				return 0;
			}
		}
		if (amount > 365 || t.is(j + 1, "from")) {
			// "in a week from Thursday" is counted from Thursday
			return 0;
		}
		addDate(t, r, date, i);
		int end = j + 1;
		if (t.is(end, "time")) {
			end++;
		}
		return end - i;
	}

	/** "a week from today", "two weeks from Friday", "3 days from now". */
	private static int matchAmountFrom(Transcript t, int i, LocalDate today, Reading r) {
		int amount;
		int j;
		String w = t.words[i];
		if (w.equals("a") || w.equals("an")) {
			amount = 1;
			j = i + 1;
		}
		else {
			int c = t.cardinal(i);
			if (c < 0) {
				return 0;
			}
			amount = c / 8;
			j = i + (c & 7);
		}
		String unit = t.word(j);
		int days;
		if (unit.equals("day") || unit.equals("days")) {
			days = amount;
		}
		else if (unit.equals("week") || unit.equals("weeks")) {
			days = amount * 7;
		}
		else if (unit.equals("fortnight") || unit.equals("fortnights")) {
			days = amount * 14;
		}
		else {
			return 0;
		}
		if (!t.is(j + 1, "from") || amount > 365) {
			return 0;
		}
		String anchor = t.word(j + 2);
		LocalDate base;
		int len = j + 3 - i;
		if (anchor.equals("today") || anchor.equals("now")) {
			base = today;
		}
		else if (TOMORROW.contains(anchor)) {
			base = today.plusDays(1);
		}
		else if (WEEKDAYS.containsKey(anchor)) {
			base = nextStrict(today, WEEKDAYS.get(anchor));
		}
		else if ((anchor.equals("this") || anchor.equals("next")) && WEEKDAYS.containsKey(t.word(j + 3))) {
			DayOfWeek d = WEEKDAYS.get(t.word(j + 3));
			base = anchor.equals("next") ? nextWeek(today, d) : nextStrict(today, d);
			len++;
		}
		else {
			return 0;
		}
		addDate(t, r, base.plusDays(days), i);
		return len;
	}

	private static void addDate(Transcript t, Reading r, LocalDate date, int at) {
		if (date == null) {
			return;
		}
		r.date(date, at);
		if (t.is(at - 1, "not") || t.is(at - 1, "or") && r.dateCount > 1) {
			// "Tuesday not Thursday", "Tuesday or Wednesday": never the one that wins
			r.dateAlternative[r.dateCount - 1] = true;
		}
	}

	static LocalDate nextStrict(LocalDate today, DayOfWeek dow) {
		return today.with(TemporalAdjusters.next(dow));
	}

	static LocalDate nextMonday(LocalDate today) {
		return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

	static LocalDate nextWeek(LocalDate today, DayOfWeek dow) {
		return nextMonday(today).plusDays(dow.getValue() - 1L);
	}

	static LocalDate dayOfMonth(LocalDate today, int day) {
		YearMonth ym = YearMonth.from(today);
		for (int k = 0; k < 14; k++) {
			YearMonth m = ym.plusMonths(k);
			if (day <= m.lengthOfMonth()) {
				LocalDate d = m.atDay(day);
				if (!d.isBefore(today)) {
					return d;
				}
			}
		}
		return null;
	}

	static LocalDate monthDay(LocalDate today, int month, int day, int year) {
		if (year > 0) {
			YearMonth ym = YearMonth.of(year, month);
			return (day <= ym.lengthOfMonth()) ? ym.atDay(day) : null;
		}
		// this year or next: a February 29th four years away is not what anyone meant
		for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
			YearMonth ym = YearMonth.of(y, month);
			if (day <= ym.lengthOfMonth()) {
				LocalDate d = ym.atDay(day);
				if (!d.isBefore(today)) {
					return d;
				}
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- times

	/**
	 * Reads "3", "3:30", "three thirty", "ten oh five", "noon", with o'clock, -ish,
	 * am/pm.
	 */
	static Clock clock(Transcript t, int i) {
		if (i < 0 || i >= t.size || t.used[i]) {
			return null;
		}
		String w = t.words[i];
		Clock c = new Clock();
		int j;
		if (w.equals("noon") || w.equals("midday")) {
			c.hour = 12;
			c.meridiem = PM;
			c.exact = true;
			j = i + 1;
		}
		else if (w.equals("midnight")) {
			c.hour = 0;
			c.meridiem = AM;
			c.exact = true;
			j = i + 1;
		}
		else {
			int colon = w.indexOf(':');
			if (colon > 0 && colon < 3 && w.length() - colon == 3) {
				int h = parse(w, 0, colon);
				int m = parse(w, colon + 1, w.length());
				if (h < 0 || h > 23 || m < 0 || m > 59) {
					return null;
				}
				c.hour = h;
				c.minute = m;
				c.colon = true;
				c.exact = h > 12 || w.charAt(0) == '0';
				j = i + 1;
			}
			else {
				int h;
				int len;
				if ((w.equals("for") || w.equals("to") || w.equals("too"))
						&& (t.is(i - 1, "at") || t.is(i - 1, "around")) && (t.is(i + 1, "am") || t.is(i + 1, "pm")
								|| t.is(i + 1, "oclock") || minutes(t, i + 1) >= 0)) {
					h = w.equals("for") ? 4 : 2;
					len = 1;
				}
				else {
					int packed = t.cardinal(i);
					if (packed < 0) {
						return null;
					}
					h = packed / 8;
					len = packed & 7;
					if (w.length() > 2 && Character.isDigit(w.charAt(0))) {
						// "330" or "1030" as one token
						int v = h;
						if (w.length() == 4 && v % 100 < 60 && v / 100 <= 23
								&& (t.is(i + 1, "hours") || t.is(i + 1, "hrs") || v / 100 > 12 && t.is(i - 1, "at"))) {
							// "at 1400 hours": 24 h military style
							c.hour = v / 100;
							c.minute = v % 100;
							c.colon = true;
							c.exact = true;
							finish(t, i + ((t.is(i + 1, "hours") || t.is(i + 1, "hrs")) ? 2 : 1), c);
							return c;
						}
						if (w.length() <= 4 && v % 100 < 60 && v / 100 >= 1 && v / 100 <= 12
								&& (t.is(i + 1, "am") || t.is(i + 1, "pm") || t.is(i - 1, "at"))) {
							c.hour = v / 100;
							c.minute = v % 100;
							c.minutesSaid = true;
							finish(t, i + 1, c);
							return c;
						}
						return null;
					}
				}
				if (h < 1 || h > 12) {
					return null;
				}
				c.hour = h;
				j = i + len;
				int m = minutes(t, j);
				if (m >= 0) {
					c.minute = m & 0xff;
					c.minutesSaid = true;
					j += m >> 8;
				}
				else if (h == 12 && (t.is(j, "noon") || t.is(j, "midnight"))) {
					c.hour = t.is(j, "noon") ? 12 : 0;
					c.meridiem = t.is(j, "noon") ? PM : AM;
					c.exact = true;
					j++;
				}
			}
		}
		finish(t, j, c);
		return c;
	}

	private static void finish(Transcript t, int j, Clock c) {
		if (t.is(j, "oclock")) {
			c.oclock = true;
			j++;
		}
		if (t.is(j, "ish")) {
			c.ish = true;
			j++;
		}
		if (t.is(j, "am")) {
			c.meridiem = AM;
			j++;
		}
		else if (t.is(j, "pm")) {
			c.meridiem = PM;
			j++;
		}
		else if (t.is(j, "in") && t.is(j + 1, "the")) {
			String part = t.word(j + 2);
			if (part.equals("morning")) {
				c.meridiem = AM;
				j += 3;
			}
			else if (part.equals("afternoon") || part.equals("evening")) {
				c.meridiem = PM;
				j += 3;
			}
		}
		else if (t.is(j, "at") && t.is(j + 1, "night")) {
			c.meridiem = PM;
			j += 2;
		}
		else if (t.is(j, "tonight")) {
			c.meridiem = PM;
		}
		if (t.is(j, "ish")) {
			c.ish = true;
			j++;
		}
		c.end = j;
	}

	/**
	 * Minutes spoken after an hour ("thirty", "oh five", "45"), packed as length * 256 +
	 * value, or -1.
	 */
	private static int minutes(Transcript t, int j) {
		if (j >= t.size || t.used[j]) {
			return -1;
		}
		String w = t.words[j];
		if ((w.equals("oh") || w.equals("o") || w.equals("zero")) && j + 1 < t.size) {
			String d = t.words[j + 1];
			int v = t.number(j + 1);
			if (v >= 0 && v <= 9 && d.length() == 1 || v >= 1 && v <= 9 && Character.isLetter(d.charAt(0))) {
				return (2 << 8) | v;
			}
			return -1;
		}
		if (w.length() == 2 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(1))) {
			int v = t.number(j);
			if (v <= 59 && !UNITS.contains(t.word(j + 1))) {
				return (1 << 8) | v;
			}
			return -1;
		}
		if (Character.isLetter(w.charAt(0))) {
			int packed = t.cardinal(j);
			if (packed > 0 && packed / 8 >= 10 && packed / 8 <= 59 && !UNITS.contains(t.word(j + (packed & 7)))
					&& !t.is(j + (packed & 7), "hundred")) {
				return ((packed & 7) << 8) | (packed / 8);
			}
		}
		return -1;
	}

	private static int parse(String s, int from, int to) {
		int v = 0;
		for (int k = from; k < to; k++) {
			char ch = s.charAt(k);
			if (ch < '0' || ch > '9') {
				return -1;
			}
			v = v * 10 + (ch - '0');
		}
		return v;
	}

	/** The 24 h hour for an hour as said, with am/pm, part of day, or the convention. */
	static int hour24(Clock c, int partOfDay) {
		int h = c.hour;
		if (h > 12 || c.colon && c.exact) {
			return h;
		}
		if (c.meridiem == AM) {
			return (h == 12) ? 0 : h;
		}
		if (c.meridiem == PM) {
			return (h == 12) ? 12 : h + 12;
		}
		if (partOfDay == 1) {
			return h % 12;
		}
		if (partOfDay == 2 || partOfDay == 3) {
			return (h == 12) ? 12 : h + 12;
		}
		return (h >= 1 && h <= 6) ? h + 12 : h;
	}

	static boolean guessed(Clock c, int partOfDay) {
		return c.meridiem == 0 && partOfDay == 0 && !(c.colon && c.exact) && c.hour != 12;
	}

	private static int matchTime(Transcript t, int i, Expectation expect, Reading r) {
		Clock c = clock(t, i);
		if (c == null) {
			return 0;
		}
		int end = c.end;
		int len = end - i;
		String prev = t.word(i - 1);
		if (UNITS.contains(t.word(end)) || t.is(end, "and") && t.is(end + 1, "a") && t.is(end + 2, "half")) {
			return 0;
		}
		boolean cue = prev.equals("at") || prev.equals("around") || prev.equals("do") && !t.is(i - 2, "i")
				|| prev.equals("about") || prev.equals("say") || prev.equals("approximately") || prev.equals("roughly")
				|| prev.equals("maybe") || prev.equals("by") && (c.meridiem != 0) || prev.equals("for") && c.minutesSaid
				|| prev.equals("or") && r.timeCount > 0 && r.timeAt[r.timeCount - 1] >= i - 4;
		String after = t.word(end);
		// "11 is good", "2 works", "10 would be great": a proposed time
		boolean proposed = (after.equals("works") || after.equals("work") || after.equals("would")
				|| after.equals("sounds") || after.equals("is") && !t.is(end + 1, "my") || after.equals("please"))
				&& c.hour <= 12;
		boolean isTime = c.exact || c.colon || c.meridiem != 0 || c.oclock || c.ish || c.minutesSaid || cue || proposed
				|| expect == Expectation.TIME && r.timeCount == 0;
		if (!isTime) {
			return 0;
		}
		LocalTime time = LocalTime.of(hour24(c, r.partOfDay == 4 ? 2 : r.partOfDay), c.minute);
		r.time(time, i, guessed(c, r.partOfDay));
		boolean inAlternative = r.dateCount > 0 && r.dateAlternative[r.dateCount - 1] && r.dateAt[r.dateCount - 1] < i
				&& r.timeCount > 0;
		if (prev.equals("or") && r.timeCount > 1 || prev.equals("not") || inAlternative) {
			r.timeGuessed[r.timeCount - 1] = true;
			r.timeAt[r.timeCount - 1] = -r.timeAt[r.timeCount - 1] - 1;
		}
		return len;
	}

	/** "half past three", "quarter to four", "ten after two". */
	private static int matchRelativeMinutes(Transcript t, int i, Reading r) {
		String w = t.words[i];
		int m;
		int j;
		if (w.equals("quarter")) {
			m = 15;
			j = i + 1;
		}
		else if (w.equals("half")) {
			m = 30;
			j = i + 1;
		}
		else {
			int packed = t.cardinal(i);
			if (packed < 0 || packed / 8 < 1 || packed / 8 > 29) {
				return 0;
			}
			m = packed / 8;
			j = i + (packed & 7);
			if (t.is(j, "minutes") || t.is(j, "minute")) {
				j++;
			}
		}
		String rel = t.word(j);
		int sign;
		if (rel.equals("past") || rel.equals("after")) {
			sign = 1;
		}
		else if ((rel.equals("to") || rel.equals("till") || rel.equals("til") || rel.equals("of")
				|| rel.equals("before")) && (m == 5 || m == 10 || m == 15 || m == 20 || m == 25)) {
			sign = -1;
		}
		else {
			return 0;
		}
		Clock c = clock(t, j + 1);
		if (c == null || c.minutesSaid || c.colon || c.hour > 12) {
			return 0;
		}
		if (sign < 0 && !w.equals("quarter") && c.meridiem == 0 && !c.oclock && !t.is(i - 1, "at")) {
			// "two to four" is a window, not 3:58; only "at ten to four" or "ten to four
			// pm" is read
			return 0;
		}
		int minutes = hour24(c, r.partOfDay == 4 ? 2 : r.partOfDay) * 60 + sign * m;
		minutes = Math.floorMod(minutes, 24 * 60);
		r.time(LocalTime.of(minutes / 60, minutes % 60), i, guessed(c, r.partOfDay));
		return c.end - i;
	}

	private static int matchWindow(Transcript t, int i, Reading r) {
		String w = t.words[i];
		switch (w) {
			case "between":
			case "from": {
				Clock a = clock(t, i + 1);
				if (a == null) {
					return 0;
				}
				int j = a.end;
				String sep = t.word(j);
				boolean ok = w.equals("between") ? sep.equals("and") || sep.equals("to")
						: sep.equals("to") || sep.equals("till") || sep.equals("until") || sep.equals("til")
								|| sep.equals("through") || sep.equals("and");
				if (!ok) {
					if (w.equals("from") && (t.is(j, "on") || t.is(j, "onwards") || t.is(j, "onward"))) {
						r.window(LocalTime.of(hour24(a, r.partOfDay), a.minute), null, i, true);
						return j - i + 1;
					}
					return 0;
				}
				Clock b = clock(t, j + 1);
				if (b == null) {
					return 0;
				}
				int[] hours = pair(a, b, r.partOfDay);
				r.window(LocalTime.of(hours[0], a.minute), LocalTime.of(hours[1], b.minute), i, true);
				r.windowFromTo = w.equals("from");
				return b.end - i;
			}
			case "after":
			case "before": {
				int j = i + 1;
				String next = t.word(j);
				if (next.equals("lunch") || next.equals("lunchtime")) {
					if (w.equals("after")) {
						r.window(LocalTime.of(13, 0), null, i, true);
					}
					else {
						r.window(null, LocalTime.NOON, i, true);
					}
					return 2;
				}
				if (w.equals("after") && next.equals("work")) {
					r.window(LocalTime.of(17, 0), null, i, true);
					return 2;
				}
				if (w.equals("after") && next.equals("school")) {
					r.window(LocalTime.of(15, 0), null, i, true);
					return 2;
				}
				Clock a = clock(t, j);
				if (a == null || UNITS.contains(t.word(a.end))) {
					return 0;
				}
				LocalTime at = LocalTime.of(hour24(a, r.partOfDay), a.minute);
				boolean notFlip = t.is(i - 1, "not") || t.is(i - 1, "no");
				boolean from = w.equals("after") ^ notFlip;
				r.window(from ? at : null, from ? null : at, i, true);
				return a.end - i;
			}
			case "no":
			case "not": {
				String cmp = t.word(i + 1);
				if ((cmp.equals("earlier") || cmp.equals("later")) && t.is(i + 2, "than")) {
					Clock a = clock(t, i + 3);
					if (a == null) {
						return 0;
					}
					LocalTime at = LocalTime.of(hour24(a, r.partOfDay), a.minute);
					boolean from = cmp.equals("earlier");
					r.window(from ? at : null, from ? null : at, i, true);
					return a.end - i;
				}
				return 0;
			}
			default:
				return 0;
		}
	}

	private static int[] pair(Clock a, Clock b, int partOfDay) {
		int part = (partOfDay == 4) ? 2 : partOfDay;
		int h1;
		int h2;
		if (a.meridiem == 0 && b.meridiem != 0 && !(a.colon && a.exact)) {
			h2 = hour24(b, part);
			Clock same = copyWith(a, b.meridiem);
			h1 = hour24(same, part);
			if (h1 > h2) {
				h1 = hour24(copyWith(a, (b.meridiem == PM) ? AM : PM), part);
			}
		}
		else if (a.meridiem != 0 && b.meridiem == 0 && !(b.colon && b.exact)) {
			h1 = hour24(a, part);
			h2 = hour24(copyWith(b, a.meridiem), part);
			if (h2 < h1) {
				h2 = hour24(copyWith(b, (a.meridiem == PM) ? AM : PM), part);
			}
		}
		else {
			h1 = hour24(a, part);
			h2 = hour24(b, part);
			if (h2 <= h1 && h2 + 12 < 24 && b.meridiem == 0) {
				h2 += 12;
			}
		}
		return new int[] { h1, h2 };
	}

	private static Clock copyWith(Clock c, int meridiem) {
		Clock copy = new Clock();
		copy.hour = c.hour;
		copy.minute = c.minute;
		copy.meridiem = meridiem;
		return copy;
	}

	// ---------------------------------------------------------------- durations

	private static int matchDuration(Transcript t, int i, Reading r) {
		String w = t.words[i];
		int minutes = -1;
		int j;
		if (w.equals("half") && (t.is(i + 1, "an") || t.is(i + 1, "a")) && t.is(i + 2, "hour")) {
			minutes = 30;
			j = i + 3;
		}
		else if (w.equals("half") && t.is(i + 1, "hour")) {
			minutes = 30;
			j = i + 2;
		}
		else if (w.equals("quarter")
				&& (t.is(i + 1, "hour") || t.is(i + 1, "of") && t.is(i + 2, "an") && t.is(i + 3, "hour"))) {
			minutes = 15;
			j = i + (t.is(i + 1, "hour") ? 2 : 4);
		}
		else if ((w.equals("a") || w.equals("an") || w.equals("one")) && t.is(i + 1, "couple")
				&& (t.is(i + 2, "hours") || t.is(i + 2, "of") && t.is(i + 3, "hours"))) {
			minutes = 120;
			j = i + (t.is(i + 2, "of") ? 4 : 3);
		}
		else if ((w.equals("a") || w.equals("an") || w.equals("one")) && (t.is(i + 1, "hour") || t.is(i + 1, "hr"))) {
			minutes = 60;
			j = i + 2;
		}
		else {
			int packed = t.cardinal(i);
			if (packed < 0) {
				return 0;
			}
			int v = packed / 8;
			j = i + (packed & 7);
			if (t.is(j, "and") && t.is(j + 1, "a") && t.is(j + 2, "half")
					&& (t.is(j + 3, "hours") || t.is(j + 3, "hour"))) {
				minutes = v * 60 + 30;
				j += 4;
			}
			else {
				String unit = t.word(j);
				if (unit.equals("minutes") || unit.equals("minute") || unit.equals("mins") || unit.equals("min")) {
					minutes = v;
					j++;
				}
				else if (unit.equals("hours") || unit.equals("hour") || unit.equals("hrs") || unit.equals("hr")) {
					minutes = v * 60;
					j++;
				}
				else {
					return 0;
				}
			}
		}
		if (minutes >= 60 && minutes % 60 == 0) {
			if (t.is(j, "and") && t.is(j + 1, "a") && t.is(j + 2, "half")) {
				minutes += 30;
				j += 3;
			}
			else {
				int k = t.is(j, "and") ? j + 1 : j;
				int packed = t.cardinal(k);
				if (packed > 0 && (t.is(k + (packed & 7), "minutes") || t.is(k + (packed & 7), "mins"))) {
					minutes += packed / 8;
					j = k + (packed & 7) + 1;
				}
			}
		}
		String prev = t.word(i - 1);
		String next = t.word(j);
		if (prev.equals("in") || prev.equals("within") || prev.equals("back") || prev.equals("forward")
				|| prev.equals("up") || prev.equals("by") || next.equals("ago") || next.equals("late")
				|| next.equals("early") || next.equals("notice") || next.equals("away") || next.equals("before")
				|| next.equals("earlier") || next.equals("later") || next.equals("from") || next.equals("drive")
				|| next.equals("past") || next.equals("to") && minutes < 60) {
			return j - i;
		}
		if (minutes > 0 && minutes <= 600) {
			r.durationMin = minutes;
		}
		return j - i;
	}

}
