package io.bella.extraction;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads dates said with the calendar: a day of the month ("the 5th", "the fifth of
 * March", "the 3rd of next month"), a month and day ("March 3rd 2027"), a month ("in
 * March", "early April") or a week of a month ("the first week of January").
 */
final class CalendarDateReader {

	private final Transcript t;

	private final LocalDate today;

	private final Reading r;

	CalendarDateReader(Transcript t, LocalDate today, Reading r) {
		this.t = t;
		this.today = today;
		this.r = r;
	}

	/**
	 * "5th", "the fifth", "the 5th of March", "fifth of March": the tokens taken, or 0.
	 */
	int matchDayOfMonth(int i, boolean cardinalAllowed) {
		SpokenNumber said = this.t.ordinal(i);
		if (said == null && cardinalAllowed) {
			said = this.t.cardinal(i);
			if (said != null
					&& (isClockOrCount(i + said.length())
							|| said.length() == 1 && ClockReader.minutes(this.t, i + 1) != null)
					&& !this.t.is(i + said.length(), "of")) {
				// "the 3 pm", "the two thirty": a clock time
				return 0;
			}
		}
		if (said == null || !said.between(1, 31)) {
			return 0;
		}
		int day = said.value();
		int len = said.length();
		String next = this.t.word(i + len);
		if (next.equals("of") && (this.t.is(i + len + 1, "next") || this.t.is(i + len + 1, "this"))
				&& this.t.is(i + len + 2, "month")) {
			YearMonth ym = YearMonth.from(this.today).plusMonths(this.t.is(i + len + 1, "next") ? 1 : 0);
			LocalDate d = (day <= ym.lengthOfMonth()) ? ym.atDay(day) : null;
			add((d != null && !d.isBefore(this.today)) ? d : null, i);
			return len + 3;
		}
		if (next.equals("of") && WhenWords.MONTHS.containsKey(this.t.word(i + len + 1))) {
			return len + 1 + withMonthAt(i, i + len + 1, day);
		}
		if (WhenWords.MONTHS.containsKey(next) && !next.equals("may")) {
			return len + withMonthAt(i, i + len, day);
		}
		if (WhenWords.ORDINAL_NOUNS.contains(next) || this.t.is(i + len, "of")) {
			return 0;
		}
		add(UpcomingDates.dayOfMonth(this.today, day), i);
		return len;
	}

	/** The day of the month said at i with the month at m and a year after it. */
	private int withMonthAt(int i, int m, int day) {
		int month = WhenWords.MONTHS.get(this.t.word(m));
		int year = year(m + 1);
		add(UpcomingDates.monthDay(this.today, month, day, year), i);
		return 1 + ((year > 0) ? yearLength(m + 1) : 0);
	}

	/** "3 pm", "3 o'clock", "3 weeks": the number before k is not a day of the month. */
	private boolean isClockOrCount(int k) {
		return this.t.is(k, "am") || this.t.is(k, "pm") || this.t.is(k, "oclock")
				|| WhenWords.UNITS.contains(this.t.word(k));
	}

	/** "March 3rd", "March the 3rd 2027", "in March", "end of March". */
	int matchMonth(int i, int month) {
		int j = i + 1;
		if (this.t.is(j, "the")) {
			j++;
		}
		SpokenNumber said = this.t.ordinal(j);
		if (said == null) {
			said = this.t.cardinal(j);
			if (said != null && isClockOrCount(j + said.length())) {
				said = null;
			}
		}
		if (said != null && said.between(1, 31) && !this.t.used[j]) {
			int end = j + said.length();
			int year = year(end);
			add(UpcomingDates.monthDay(this.today, month, said.value(), year), i);
			return end - i + ((year > 0) ? yearLength(end) : 0);
		}
		String prev = this.t.word(i - 1);
		if (prev.equals("of") && this.t.is(i - 2, "week") && matchWeekOfMonth(i, month)) {
			return 1;
		}
		if (prev.equals("of") && !this.t.is(i - 2, "end")) {
			monthRange(month, "in", i);
			return 1;
		}
		if (prev.equals("in") || prev.equals("of") || prev.equals("early") || prev.equals("late") || prev.equals("mid")
				|| prev.equals("until")
				|| !WhenWords.AMBIGUOUS_MONTHS.contains(this.t.words[i]) && !prev.equals("i") && !prev.equals("you")) {
			monthRange(month, prev, i);
			return 1;
		}
		return 0;
	}

	/** "the first week of January", "the last week of March". */
	private boolean matchWeekOfMonth(int i, int month) {
		SpokenNumber ordinal = this.t.ordinal(i - 3);
		int week = this.t.is(i - 3, "last") ? -1 : (ordinal != null) ? ordinal.value() : 0;
		if (week == 0) {
			return false;
		}
		int year = this.today.getYear() + ((month < this.today.getMonthValue()) ? 1 : 0);
		YearMonth ym = YearMonth.of(year, month);
		LocalDate from = (week < 0) ? ym.atEndOfMonth().minusDays(6) : ym.atDay(Math.min(1 + 7 * (week - 1), 22));
		LocalDate to = (week < 0) ? ym.atEndOfMonth() : from.plusDays(6);
		if (!to.isBefore(this.today)) {
			this.r.range(from.isBefore(this.today) ? this.today : from, to, i);
		}
		return true;
	}

	/** The days of the month still to come, or its first, middle or last third. */
	private void monthRange(int month, String prev, int at) {
		int year = this.today.getYear();
		if (month < this.today.getMonthValue()) {
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
		if (from.isBefore(this.today)) {
			from = this.today;
		}
		if (!to.isBefore(from)) {
			this.r.range(from, to, at);
		}
	}

	/** The year said at i ("2027", "twenty twenty seven"), or -1. */
	private int year(int i) {
		String w = this.t.word(i);
		if (w.length() == 4 && Character.isDigit(w.charAt(0))) {
			int y = this.t.number(i);
			return (y >= 2000 && y <= 2100) ? y : -1;
		}
		if (w.equals("twenty") && this.t.is(i + 1, "twenty")) {
			int u = this.t.number(i + 2);
			if (u >= 0 && u <= 9 && !this.t.word(i + 2).isEmpty() && Character.isLetter(this.t.word(i + 2).charAt(0))) {
				return 2020 + u;
			}
			return 2020;
		}
		if (w.equals("twenty") && this.t.is(i + 1, "thirty")) {
			return 2030;
		}
		return -1;
	}

	private int yearLength(int i) {
		String w = this.t.word(i);
		if (Character.isDigit(w.isEmpty() ? 'x' : w.charAt(0))) {
			return 1;
		}
		int u = this.t.number(i + 2);
		return (this.t.is(i + 1, "twenty") && u >= 0 && u <= 9) ? 3 : 2;
	}

	private void add(LocalDate date, int at) {
		DateReader.addDate(this.t, this.r, date, at);
	}

}
