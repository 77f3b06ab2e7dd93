package io.bella.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Reads dates and ranges counted from today or another day: "in 3 days", "in two weeks'
 * time", "a week from Friday", "early next week", "later this week", "end of the month".
 */
final class RelativeDateReader {

	private final Transcript t;

	private final LocalDate today;

	private final Reading r;

	RelativeDateReader(Transcript t, LocalDate today, Reading r) {
		this.t = t;
		this.today = today;
		this.r = r;
	}

	/**
	 * "in 3 days", "in a week", "in two weeks' time", "in an hour" (taken, not a date):
	 * the tokens taken, or 0.
	 */
	int matchIn(int i) {
		int j = i + 1;
		if (this.t.is(j, "half") && (this.t.is(j + 1, "an") || this.t.is(j + 1, "a")) && this.t.is(j + 2, "hour")) {
			return 4;
		}
		SpokenNumber said = amount(j);
		if (said == null) {
			return 0;
		}
		int amount = said.value();
		j += said.length();
		LocalDate date = null;
		switch (this.t.word(j)) {
			case "day", "days" -> date = (amount > 0) ? this.today.plusDays(amount) : null;
			case "week", "weeks", "weeks'", "week's" -> date = (amount > 0) ? this.today.plusWeeks(amount) : null;
			case "fortnight", "fortnights" -> date = (amount > 0) ? this.today.plusWeeks(2L * amount) : null;
			case "month", "months" -> date = (amount > 0) ? this.today.plusMonths(amount) : null;
			case "hour", "hours", "minutes", "minute", "mins", "hr", "hrs" -> {
				return j - i + 1;
			}
			default -> {
				return 0;
			}
		}
		if (amount > 365 || this.t.is(j + 1, "from")) {
			// "in a week from Thursday" is counted from Thursday
			return 0;
		}
		add(date, i);
		int end = j + 1;
		if (this.t.is(end, "time")) {
			end++;
		}
		return end - i;
	}

	/**
	 * "a", "a couple of", "a few", "two", "twenty five": how many, with the tokens taken;
	 * a few is no number to count with, 0.
	 */
	private SpokenNumber amount(int j) {
		String w = this.t.word(j);
		if (w.equals("a") || w.equals("an")) {
			if (this.t.is(j + 1, "couple")) {
				return new SpokenNumber(2, this.t.is(j + 2, "of") ? 3 : 2);
			}
			if (this.t.is(j + 1, "few")) {
				return new SpokenNumber(0, 2);
			}
			return new SpokenNumber(1, 1);
		}
		if (w.equals("couple")) {
			return new SpokenNumber(2, this.t.is(j + 1, "of") ? 2 : 1);
		}
		return this.t.cardinal(j);
	}

	/** "a week from today", "two weeks from Friday", "3 days from now". */
	int matchAmountFrom(int i) {
		String w = this.t.words[i];
		SpokenNumber said = (w.equals("a") || w.equals("an")) ? new SpokenNumber(1, 1) : this.t.cardinal(i);
		if (said == null) {
			return 0;
		}
		int amount = said.value();
		int j = i + said.length();
		String unit = this.t.word(j);
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
		if (!this.t.is(j + 1, "from") || amount > 365) {
			return 0;
		}
		String anchor = this.t.word(j + 2);
		LocalDate base;
		int len = j + 3 - i;
		if (anchor.equals("today") || anchor.equals("now")) {
			base = this.today;
		}
		else if (WhenWords.TOMORROW.contains(anchor)) {
			base = this.today.plusDays(1);
		}
		else if (WhenWords.WEEKDAYS.containsKey(anchor)) {
			base = UpcomingDates.nextStrict(this.today, WhenWords.WEEKDAYS.get(anchor));
		}
		else if ((anchor.equals("this") || anchor.equals("next"))
				&& WhenWords.WEEKDAYS.containsKey(this.t.word(j + 3))) {
			DayOfWeek d = WhenWords.WEEKDAYS.get(this.t.word(j + 3));
			base = anchor.equals("next") ? UpcomingDates.nextWeek(this.today, d)
					: UpcomingDates.nextStrict(this.today, d);
			len++;
		}
		else {
			return 0;
		}
		add(base.plusDays(days), i);
		return len;
	}

	/**
	 * "early next week", "late next week", "later this week", "later today", "end of
	 * ...".
	 */
	int matchEarlyLate(int i) {
		String w = this.t.words[i];
		int j = i + 1;
		if (w.equals("end") && this.t.is(j, "of")) {
			return matchEndOf(i);
		}
		if (this.t.is(j, "next") && this.t.is(j + 1, "week")) {
			LocalDate mon = UpcomingDates.nextMonday(this.today);
			if (w.equals("early")) {
				this.r.range(mon, mon.plusDays(2), i);
			}
			else if (w.equals("late") || w.equals("later")) {
				this.r.range(mon.plusDays(3), mon.plusDays(6), i);
			}
			else {
				return 0;
			}
			return 3;
		}
		if (w.equals("later") && (this.t.is(j, "this") && this.t.is(j + 1, "week")
				|| this.t.is(j, "in") && this.t.is(j + 1, "the") && this.t.is(j + 2, "week"))) {
			LocalDate sun = this.today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			LocalDate from = this.today.plusDays(1);
			if (!from.isAfter(sun)) {
				this.r.range(from, sun, i);
			}
			return this.t.is(j, "this") ? 3 : 4;
		}
		if (w.equals("later") && this.t.is(j, "today")) {
			add(this.today, i);
			return 2;
		}
		return 0;
	}

	/** "end of the week", "end of next week", "end of the month". */
	private int matchEndOf(int i) {
		int j = i + 2;
		if (this.t.is(j, "the")) {
			j++;
		}
		if (this.t.is(j, "week")) {
			LocalDate sun = this.today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			LocalDate from = this.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(3);
			this.r.range(from.isBefore(this.today) ? this.today : from, sun, i);
			return j - i + 1;
		}
		if (this.t.is(j, "next") && this.t.is(j + 1, "week")) {
			LocalDate mon = UpcomingDates.nextMonday(this.today);
			this.r.range(mon.plusDays(3), mon.plusDays(6), i);
			return j - i + 2;
		}
		if (this.t.is(j, "month") || this.t.is(j, "the") && this.t.is(j + 1, "month")) {
			YearMonth ym = YearMonth.from(this.today);
			LocalDate from = ym.atDay(Math.max(1, ym.lengthOfMonth() - 9));
			this.r.range(from.isBefore(this.today) ? this.today : from, ym.atEndOfMonth(), i);
			return j - i + 1;
		}
		return 0;
	}

	private void add(LocalDate date, int at) {
		DateReader.addDate(this.t, this.r, date, at);
	}

}
