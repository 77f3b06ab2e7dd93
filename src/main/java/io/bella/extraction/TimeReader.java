package io.bella.extraction;

import java.time.LocalTime;

import io.bella.extraction.ClockTime.Form;
import io.bella.extraction.ClockTime.Marker;

/**
 * Reads the times and windows of times in one utterance: "at 3", "half past three",
 * "quarter to four", "between 2 and 4", "after lunch", "no later than 5".
 */
final class TimeReader {

	private final Transcript t;

	private final Expectation expect;

	private final Reading r;

	TimeReader(Transcript t, Expectation expect, Reading r) {
		this.t = t;
		this.expect = expect;
		this.r = r;
	}

	/** "at 3", "3:30 pm", "11 works": the tokens taken by a time at i, or 0. */
	int matchTime(int i) {
		ClockTime c = ClockReader.read(this.t, i);
		if (c == null) {
			return 0;
		}
		int end = c.end();
		String prev = this.t.word(i - 1);
		if (WhenWords.UNITS.contains(this.t.word(end))
				|| this.t.is(end, "and") && this.t.is(end + 1, "a") && this.t.is(end + 2, "half")) {
			return 0;
		}
		boolean isTime = c.saysItIsATime() || cued(i, c) || proposed(c)
				|| this.expect == Expectation.TIME && this.r.timeCount == 0;
		if (!isTime) {
			return 0;
		}
		LocalTime time = LocalTime.of(c.hour24(this.r.partOfDay.lunchAsAfternoon()), c.minute());
		this.r.time(time, i, c.guessed(this.r.partOfDay));
		boolean inAlternative = this.r.dateCount > 0 && this.r.dateAlternative[this.r.dateCount - 1]
				&& this.r.dateAt[this.r.dateCount - 1] < i && this.r.timeCount > 0;
		if (prev.equals("or") && this.r.timeCount > 1 || prev.equals("not") || inAlternative) {
			this.r.setAsideLastTime();
		}
		return end - i;
	}

	/**
	 * "at 3", "around 3", "by 3 pm", "for three thirty", "2 or 3", "make it 3",
	 * "afternoon 2".
	 */
	private boolean cued(int i, ClockTime c) {
		String prev = this.t.word(i - 1);
		return prev.equals("at") || prev.equals("around") || prev.equals("do") && !this.t.is(i - 2, "i")
				|| prev.equals("about") || prev.equals("say") || prev.equals("approximately") || prev.equals("roughly")
				|| prev.equals("maybe") || prev.equals("by") && c.meridiem() != Meridiem.NONE
				|| prev.equals("for") && c.form() == Form.HOUR_AND_MINUTES
				|| prev.equals("or") && this.r.timeCount > 0 && this.r.timeAt[this.r.timeCount - 1] >= i - 4
				|| (prev.equals("it") || prev.equals("that")) && this.t.is(i - 2, "make") || partOfDayBefore(i);
	}

	/**
	 * "afternoon 2", "tomorrow morning eleven": a part of the day just before the hour.
	 */
	private boolean partOfDayBefore(int i) {
		String prev = this.t.word(i - 1);
		return (prev.equals("morning") || prev.equals("afternoon") || prev.equals("evening") || prev.equals("tonight"))
				&& !this.t.is(i - 2, "good");
	}

	/** "11 is good", "2 works", "10 would be great": a proposed time. */
	private boolean proposed(ClockTime c) {
		int end = c.end();
		String after = this.t.word(end);
		return (after.equals("works") || after.equals("work") || after.equals("would") || after.equals("sounds")
				|| after.equals("is") && !this.t.is(end + 1, "my") || after.equals("please")) && c.hour() <= 12;
	}

	/**
	 * "three to four pm", "9-11am", "ten thirty till noon": a window of two clock times
	 * without "between" or "from". Taken only where a time is meant: one end says it is a
	 * time, a cue or a part of day comes with it, a day is named next to it or the
	 * dialogue asked for a time. The tokens taken, or 0.
	 */
	int matchRange(int i) {
		ClockTime a = ClockReader.read(this.t, i);
		if (a == null) {
			return 0;
		}
		String sep = this.t.word(a.end());
		if (!sep.equals("to") && !sep.equals("till") && !sep.equals("til") && !sep.equals("until")
				&& !sep.equals("through") && !sep.equals("-")) {
			return 0;
		}
		ClockTime b = ClockReader.read(this.t, a.end() + 1);
		if (b == null || WhenWords.UNITS.contains(this.t.word(b.end()))) {
			return 0;
		}
		String after = this.t.word(b.end());
		boolean meant = a.saysItIsATime() || b.saysItIsATime() || cued(i, a) || this.r.partOfDay != PartOfDay.NONE
				|| this.expect == Expectation.TIME || this.r.dateCount > 0 || after.equals("on")
				|| WhenWords.WEEKDAYS.containsKey(after) || WhenWords.TOMORROW.contains(after) || after.equals("today");
		if (!meant) {
			return 0;
		}
		Hours hours = Hours.of(a, b, this.r.partOfDay.lunchAsAfternoon());
		int from = hours.from() * 60 + a.minute();
		int to = hours.to() * 60 + b.minute();
		if (to <= from || to - from > 10 * 60) {
			return 0;
		}
		this.r.window(LocalTime.of(hours.from(), a.minute()), LocalTime.of(hours.to(), b.minute()), i, true);
		// "move my 3 o'clock to 4:30": when moving, the second is the new time, read
		// alone
		this.r.windowFromTo = true;
		this.r.windowToAlone = LocalTime.of(b.hour24(this.r.partOfDay.lunchAsAfternoon()), b.minute());
		return b.end() - i;
	}

	/** "half past three", "quarter to four", "ten after two". */
	int matchRelativeMinutes(int i) {
		String w = this.t.words[i];
		int m;
		int j;
		if (w.equals("quarter") || w.equals("half")) {
			m = w.equals("quarter") ? 15 : 30;
			j = i + 1;
		}
		else {
			SpokenNumber said = this.t.cardinal(i);
			if (said == null || !said.between(1, 29)) {
				return 0;
			}
			m = said.value();
			j = i + said.length();
			if (this.t.is(j, "minutes") || this.t.is(j, "minute")) {
				j++;
			}
		}
		String rel = this.t.word(j);
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
		ClockTime c = ClockReader.read(this.t, j + 1);
		if (c == null || c.minutesGiven() || c.hour() > 12) {
			return 0;
		}
		if (sign < 0 && !w.equals("quarter") && c.meridiem() == Meridiem.NONE && c.marker() != Marker.OCLOCK
				&& !this.t.is(i - 1, "at")) {
			// "two to four" is a window, not 3:58; only "at ten to four" or "ten to four
			// pm" is read
			return 0;
		}
		PartOfDay part = this.r.partOfDay.lunchAsAfternoon();
		int minutes;
		if (c.form() != Form.NAMED && (c.meridiem() != Meridiem.NONE || part != PartOfDay.NONE)) {
			// "quarter to twelve in the morning" is 11:45: the part of day said is that
			// of
			// the time read, not of the hour named
			int onTwelveHourClock = Math.floorMod((c.hour() % 12) * 60 + sign * m, 12 * 60);
			int hour = onTwelveHourClock / 60;
			ClockTime read = new ClockTime((hour == 0) ? 12 : hour, 0, c.form(), c.meridiem(), c.marker(), c.end());
			minutes = read.hour24(part) * 60 + onTwelveHourClock % 60;
		}
		else {
			minutes = Math.floorMod(c.hour24(part) * 60 + sign * m, 24 * 60);
		}
		this.r.time(LocalTime.of(minutes / 60, minutes % 60), i, c.guessed(this.r.partOfDay));
		return c.end() - i;
	}

	/** "between 2 and 4", "after lunch", "before 10", "no later than 5". */
	int matchWindow(int i) {
		return switch (this.t.words[i]) {
			case "between", "from" -> matchBetween(i);
			case "after", "before" -> matchAfterBefore(i);
			case "no", "not" -> matchNoEarlierLater(i);
			default -> 0;
		};
	}

	/** "between 2 and 4", "from 9 to 11", "from 3 on". */
	private int matchBetween(int i) {
		String w = this.t.words[i];
		ClockTime a = ClockReader.read(this.t, i + 1);
		if (a == null) {
			return 0;
		}
		int j = a.end();
		String sep = this.t.word(j);
		boolean ok = w.equals("between") ? sep.equals("and") || sep.equals("to")
				: sep.equals("to") || sep.equals("till") || sep.equals("until") || sep.equals("til")
						|| sep.equals("through") || sep.equals("and");
		if (!ok) {
			if (w.equals("from") && (this.t.is(j, "on") || this.t.is(j, "onwards") || this.t.is(j, "onward"))) {
				this.r.window(LocalTime.of(a.hour24(this.r.partOfDay), a.minute()), null, i, true);
				return j - i + 1;
			}
			return 0;
		}
		ClockTime b = ClockReader.read(this.t, j + 1);
		if (b == null) {
			return 0;
		}
		Hours hours = Hours.of(a, b, this.r.partOfDay.lunchAsAfternoon());
		this.r.window(LocalTime.of(hours.from(), a.minute()), LocalTime.of(hours.to(), b.minute()), i, true);
		this.r.windowFromTo = w.equals("from");
		this.r.windowToAlone = LocalTime.of(b.hour24(this.r.partOfDay.lunchAsAfternoon()), b.minute());
		return b.end() - i;
	}

	/** "after lunch", "before noon", "after work", "not after 4". */
	private int matchAfterBefore(int i) {
		String w = this.t.words[i];
		int j = i + 1;
		String next = this.t.word(j);
		if (next.equals("lunch") || next.equals("lunchtime")) {
			if (w.equals("after")) {
				this.r.window(LocalTime.of(13, 0), null, i, true);
			}
			else {
				this.r.window(null, LocalTime.NOON, i, true);
			}
			return 2;
		}
		if (w.equals("after") && next.equals("work")) {
			this.r.window(LocalTime.of(17, 0), null, i, true);
			return 2;
		}
		if (w.equals("after") && next.equals("school")) {
			this.r.window(LocalTime.of(15, 0), null, i, true);
			return 2;
		}
		ClockTime a = ClockReader.read(this.t, j);
		if (a == null || WhenWords.UNITS.contains(this.t.word(a.end()))) {
			return 0;
		}
		LocalTime at = LocalTime.of(a.hour24(this.r.partOfDay), a.minute());
		boolean notFlip = this.t.is(i - 1, "not") || this.t.is(i - 1, "no");
		boolean from = w.equals("after") ^ notFlip;
		this.r.window(from ? at : null, from ? null : at, i, true);
		return a.end() - i;
	}

	/** "no earlier than 9", "not later than 5". */
	private int matchNoEarlierLater(int i) {
		String cmp = this.t.word(i + 1);
		if ((cmp.equals("earlier") || cmp.equals("later")) && this.t.is(i + 2, "than")) {
			ClockTime a = ClockReader.read(this.t, i + 3);
			if (a == null) {
				return 0;
			}
			LocalTime at = LocalTime.of(a.hour24(this.r.partOfDay), a.minute());
			boolean from = cmp.equals("earlier");
			this.r.window(from ? at : null, from ? null : at, i, true);
			return a.end() - i;
		}
		return 0;
	}

	/**
	 * The 24 h hours of the two ends of a window, one end's am/pm lending to the other.
	 */
	private record Hours(int from, int to) {

		static Hours of(ClockTime a, ClockTime b, PartOfDay part) {
			if (a.meridiem() == Meridiem.NONE && b.meridiem() != Meridiem.NONE && a.form() != Form.TWENTY_FOUR_HOUR) {
				int to = b.hour24(part);
				int from = a.withMeridiem(b.meridiem()).hour24(part);
				if (from > to) {
					from = a.withMeridiem(b.meridiem().opposite()).hour24(part);
				}
				return new Hours(from, to);
			}
			if (a.meridiem() != Meridiem.NONE && b.meridiem() == Meridiem.NONE && b.form() != Form.TWENTY_FOUR_HOUR) {
				int from = a.hour24(part);
				int to = b.withMeridiem(a.meridiem()).hour24(part);
				if (to < from) {
					to = b.withMeridiem(a.meridiem().opposite()).hour24(part);
				}
				return new Hours(from, to);
			}
			int from = a.hour24(part);
			int to = b.hour24(part);
			if (to <= from && to + 12 < 24 && b.meridiem() == Meridiem.NONE) {
				to += 12;
			}
			return new Hours(from, to);
		}

	}

}
