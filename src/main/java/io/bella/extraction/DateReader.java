package io.bella.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Reads the dates and ranges of dates in one utterance: by name ("today", "tomorrow",
 * "Tuesday", "this Friday", "next week", "the weekend"), and through
 * {@link CalendarDateReader} and {@link RelativeDateReader} by the calendar and by
 * counting.
 */
final class DateReader {

	/** Words before a number that make it an hour: "at four", "around ten". */
	private static final Set<String> CLOCK_CUES = Set.of("at", "around", "about", "by", "after", "before", "till",
			"until", "past");

	private final Transcript t;

	private final LocalDate today;

	private final Expectation expect;

	private final Reading r;

	private final CalendarDateReader calendar;

	private final RelativeDateReader relative;

	private final HolidayReader holidays;

	DateReader(Transcript t, LocalDate today, Expectation expect, Reading r) {
		this.t = t;
		this.today = today;
		this.expect = expect;
		this.r = r;
		this.calendar = new CalendarDateReader(t, today, r);
		this.relative = new RelativeDateReader(t, today, r);
		this.holidays = new HolidayReader(t, today, r);
	}

	/**
	 * Records a date said at token {@code at}; "Tuesday not Thursday", "Tuesday or
	 * Wednesday": the one after "not" or "or" never wins.
	 */
	static void addDate(Transcript t, Reading r, LocalDate date, int at) {
		if (date == null) {
			return;
		}
		r.date(date, at);
		if (t.is(at - 1, "not") || t.is(at - 1, "or") && r.dateCount > 1) {
			r.dateAlternative[r.dateCount - 1] = true;
		}
	}

	/** The tokens taken by a date or range of dates at i, or 0. */
	int match(int i) {
		String w = this.t.words[i];
		if (w.equals("the") || w.equals("day") || HolidayReader.FIRST_WORDS.contains(w)
				|| WhenWords.WEEKDAYS.containsKey(w)) {
			int k = this.holidays.match(i);
			if (k > 0) {
				return k;
			}
		}
		switch (w) {
			case "today":
				add(this.today, i);
				return 1;
			case "tonight":
				add(this.today, i);
				return 0;
			case "the":
				return matchThe(i);
			case "day":
				if (this.t.is(i + 1, "after") && WhenWords.TOMORROW.contains(this.t.word(i + 2))) {
					add(this.today.plusDays(2), i);
					return 3;
				}
				return 0;
			case "this", "next", "coming", "following":
				return matchThisNext(i);
			case "in", "within":
				return this.relative.matchIn(i);
			case "early", "late", "later", "end", "mid":
				return this.relative.matchEarlyLate(i);
			case "on":
				return matchOn(i);
			default:
				break;
		}
		if (WhenWords.TOMORROW.contains(w)) {
			add(this.today.plusDays(1), i);
			return 1;
		}
		DayOfWeek dow = WhenWords.WEEKDAYS.get(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
		if (dow != null && w.endsWith("s") && !w.endsWith("'s") && !w.equals("tues") && !w.equals("weds")
				&& !w.equals("thurs")) {
			// "are you open on Saturdays": every Saturday, not a date
			return 1;
		}
		if (dow != null) {
			return matchWeekday(i, dow, false);
		}
		Integer month = WhenWords.MONTHS.get(w);
		if (month != null) {
			return this.calendar.matchMonth(i, month);
		}
		int k = this.relative.matchAmountFrom(i);
		return (k > 0) ? k : matchNumberedDay(i);
	}

	/**
	 * "on the 5th", "on eleventh", "on twenty second", and "on 5" when the dialogue asked
	 * for a date.
	 */
	private int matchOn(int i) {
		if (this.expect == Expectation.DATE || this.t.is(i + 1, "the")) {
			int j = this.t.is(i + 1, "the") ? i + 2 : i + 1;
			int k = this.calendar.matchDayOfMonth(j, true);
			return (k > 0) ? k + (j - i) : 0;
		}
		if (this.t.ordinal(i + 1) != null) {
			// an ordinal without "the"; "on second thought" is no date
			// (ordinal-nouns.txt)
			int k = this.calendar.matchDayOfMonth(i + 1, false);
			return (k > 0) ? k + 1 : 0;
		}
		return 0;
	}

	/** "5th", "fifth of March", and "5" when the dialogue asked for a date. */
	private int matchNumberedDay(int i) {
		String w = this.t.words[i];
		SpokenNumber ordinal = this.t.ordinal(i);
		String afterOrdinal = (ordinal != null) ? this.t.word(i + ordinal.length()) : "";
		String ofWhat = (ordinal != null) ? this.t.word(i + ordinal.length() + 1) : "";
		if (ordinal != null && (Character.isDigit(w.charAt(0)) || this.expect == Expectation.DATE
				|| afterOrdinal.equals("of")
						&& (WhenWords.MONTHS.containsKey(ofWhat) || (ofWhat.equals("this") || ofWhat.equals("next"))
								&& this.t.is(i + ordinal.length() + 2, "month"))
				|| WhenWords.MONTHS.containsKey(afterOrdinal) && !afterOrdinal.equals("may"))) {
			return this.calendar.matchDayOfMonth(i, this.expect == Expectation.DATE);
		}
		if (this.expect == Expectation.DATE && this.t.size <= 3 && !namesAClock(i)) {
			SpokenNumber cardinal = this.t.cardinal(i);
			if (cardinal != null && cardinal.between(1, 31)) {
				int after = i + cardinal.length();
				if (!WhenWords.UNITS.contains(this.t.word(after)) && !this.t.is(after, "am")
						&& !this.t.is(after, "pm")) {
					return this.calendar.matchDayOfMonth(i, true);
				}
			}
		}
		return 0;
	}

	/**
	 * Whether a bare number answering "what day?" is an hour instead: after "at",
	 * "around", "by" ("Tuesday at four"), or next to a weekday, which already says the
	 * day.
	 */
	private boolean namesAClock(int i) {
		if (CLOCK_CUES.contains(this.t.word(i - 1))) {
			return true;
		}
		for (int k = 0; k < this.t.size; k++) {
			if (WhenWords.WEEKDAYS.containsKey(this.t.words[k]) || WhenWords.TOMORROW.contains(this.t.words[k])) {
				return true;
			}
		}
		return false;
	}

	/** "the day after tomorrow", "the week after next", "the weekend", "the 5th". */
	private int matchThe(int i) {
		if (this.t.is(i + 1, "day") && this.t.is(i + 2, "after") && WhenWords.TOMORROW.contains(this.t.word(i + 3))) {
			add(this.today.plusDays(2), i);
			return 4;
		}
		if (this.t.is(i + 1, "week") && this.t.is(i + 2, "after") && this.t.is(i + 3, "next")) {
			LocalDate mon = UpcomingDates.nextMonday(this.today).plusWeeks(1);
			this.r.range(mon, mon.plusDays(6), i);
			return 4;
		}
		if (this.t.is(i + 1, "following") && this.t.is(i + 2, "week")) {
			LocalDate mon = UpcomingDates.nextMonday(this.today);
			this.r.range(mon, mon.plusDays(6), i);
			return 3;
		}
		if (this.t.is(i + 1, "weekend")) {
			weekend(false, i);
			return 2;
		}
		DayOfWeek dow = WhenWords.WEEKDAYS.get(this.t.word(i + 1));
		if (dow != null && this.t.is(i + 2, "after") && this.t.is(i + 3, "next")) {
			add(UpcomingDates.nextWeek(this.today, dow).plusWeeks(1), i);
			return 4;
		}
		if (this.t.is(i + 1, "next") || this.t.is(i + 1, "following") || this.t.is(i + 1, "coming")
				|| this.t.is(i + 1, "this")) {
			int k = matchThisNext(i + 1);
			return (k > 0) ? k + 1 : 0;
		}
		int k = this.calendar.matchDayOfMonth(i + 1, true);
		return (k > 0) ? k + 1 : 0;
	}

	/**
	 * "Tuesday", "Tuesday the 5th", "Tuesday next week", "Friday after next"; with
	 * {@code bareOnly} no week may follow.
	 */
	private int matchWeekday(int i, DayOfWeek dow, boolean bareOnly) {
		int dated = matchWeekdayWithDate(i, dow);
		if (dated > 0) {
			return dated;
		}
		int k = bareOnly ? 0 : matchWeekdayOfWeek(i, dow);
		if (k > 0) {
			return k;
		}
		if (this.r.rangeFrom != null && this.r.rangeAt >= 0 && this.r.rangeAt < i) {
			// "sometime next week, maybe Thursday": the Thursday of that week
			LocalDate inRange = this.r.rangeFrom.with(TemporalAdjusters.nextOrSame(dow));
			if (!inRange.isAfter(this.r.rangeTo)) {
				add(inRange, i);
				return 1;
			}
		}
		add(UpcomingDates.nextStrict(this.today, dow), i);
		return 1;
	}

	/**
	 * "Tuesday the 5th", "Tuesday March 3rd": the date wins, a wrong weekday lowers
	 * confidence.
	 */
	private int matchWeekdayWithDate(int i, DayOfWeek dow) {
		int j = i + 1;
		boolean monthNext = WhenWords.MONTHS.containsKey(this.t.word(j));
		if (!(this.t.is(j, "the") && this.t.ordinal(j + 1) != null || this.t.ordinal(j) != null || monthNext
				&& (this.t.ordinal(j + 1) != null || this.t.cardinal(j + 1) != null || this.t.is(j + 1, "the")))) {
			return 0;
		}
		int before = this.r.dateCount;
		int k = this.t.is(j, "the") ? matchThe(j)
				: monthNext ? this.calendar.matchMonth(j, WhenWords.MONTHS.get(this.t.word(j)))
						: this.calendar.matchDayOfMonth(j, false);
		if (k > 0 && this.r.dateCount > before) {
			if (this.r.dates[this.r.dateCount - 1].getDayOfWeek() != dow) {
				this.r.weekdayMismatch = true;
			}
			this.r.dateAt[this.r.dateCount - 1] = i;
			return k + 1;
		}
		return 0;
	}

	/**
	 * "Tuesday next week", "Tuesday of next week", "Friday after next", "Monday this
	 * week".
	 */
	private int matchWeekdayOfWeek(int i, DayOfWeek dow) {
		int j = i + 1;
		if (this.t.is(j, "next") && this.t.is(j + 1, "week")) {
			add(UpcomingDates.nextWeek(this.today, dow), i);
			return 3;
		}
		if (this.t.is(j, "of") && this.t.is(j + 1, "next") && this.t.is(j + 2, "week")) {
			add(UpcomingDates.nextWeek(this.today, dow), i);
			return 4;
		}
		if (this.t.is(j, "after") && this.t.is(j + 1, "next")) {
			add(UpcomingDates.nextWeek(this.today, dow).plusWeeks(1), i);
			return 3;
		}
		if (this.t.is(j, "this") && this.t.is(j + 1, "week")) {
			LocalDate d = this.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.plusDays(dow.getValue() - 1L);
			add(d.isBefore(this.today) ? UpcomingDates.nextStrict(this.today, dow) : d, i);
			return 3;
		}
		return 0;
	}

	/**
	 * "this Friday", "next Tuesday", "next week", "this weekend", "next month", "this
	 * morning".
	 */
	private int matchThisNext(int i) {
		String w = this.t.words[i];
		int j = i + 1;
		if (w.equals("this") && this.t.is(j, "coming")) {
			j++;
		}
		String next = this.t.word(j);
		boolean isNext = w.equals("next") || w.equals("following");
		if (w.equals("coming") && !WhenWords.WEEKDAYS.containsKey(next) && !next.equals("week")) {
			return 0;
		}
		DayOfWeek dow = WhenWords.WEEKDAYS.get(next);
		if (dow != null) {
			if (isNext) {
				add(UpcomingDates.nextWeek(this.today, dow), i);
				return j - i + 1;
			}
			return j - i + matchWeekday(j, dow, true);
		}
		switch (next) {
			case "week":
				return matchThisNextWeek(i, j, isNext || w.equals("coming"));
			case "weekend":
				weekend(isNext, i);
				return j - i + 1;
			case "month":
				if (isNext) {
					YearMonth ym = YearMonth.from(this.today).plusMonths(1);
					this.r.range(ym.atDay(1), ym.atEndOfMonth(), i);
				}
				else {
					this.r.range(this.today, YearMonth.from(this.today).atEndOfMonth(), i);
				}
				return j - i + 1;
			case "morning", "afternoon", "evening":
				if (w.equals("this")) {
					add(this.today, i);
					return 1;
				}
				return 0;
			default:
				return 0;
		}
	}

	/** "next week", "this week", "next week on Tuesday", "this week Thursday". */
	private int matchThisNextWeek(int i, int j, boolean next) {
		int k = j + 1;
		if (this.t.is(k, "on")) {
			k++;
		}
		DayOfWeek d = WhenWords.WEEKDAYS.get(this.t.word(k));
		if (next && d != null) {
			add(UpcomingDates.nextWeek(this.today, d), i);
			return k - i + 1;
		}
		if (d != null) {
			return k - i + matchWeekday(k, d, true);
		}
		if (next) {
			LocalDate mon = UpcomingDates.nextMonday(this.today);
			this.r.range(mon, mon.plusDays(6), i);
		}
		else {
			this.r.range(this.today, this.today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), i);
		}
		return j - i + 1;
	}

	private void weekend(boolean next, int at) {
		if (next) {
			LocalDate sat = UpcomingDates.nextMonday(this.today).plusDays(5);
			this.r.range(sat, sat.plusDays(1), at);
			return;
		}
		if (this.today.getDayOfWeek() == DayOfWeek.SUNDAY) {
			this.r.range(this.today, this.today, at);
			return;
		}
		LocalDate sat = this.today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		this.r.range(sat, sat.plusDays(1), at);
	}

	private void add(LocalDate date, int at) {
		addDate(this.t, this.r, date, at);
	}

}
