package io.bella.extraction;

import java.time.LocalDate;

/**
 * Turns two days said as the ends of a span into a range of dates: "the 13th to the
 * 15th", "between Monday and Wednesday", "from Tuesday through Thursday". The second day
 * is the first of its kind on or after the first ("Monday to Wednesday" said on a Tuesday
 * is next Monday to the Wednesday after it).
 */
final class DayRanges {

	/** The longest span read as a range; longer ones are two separate days. */
	private static final int MAX_DAYS = 62;

	private DayRanges() {
	}

	/**
	 * When the date just read at {@code at} (ending before {@code end}) is followed by
	 * "to", "through", "until" (or "and" after "between") and another date, replaces it
	 * with a range of both; the extra tokens taken, or 0.
	 */
	static int extend(Transcript t, LocalDate today, Expectation expect, Reading r, int at, int end) {
		String sep = t.word(end);
		boolean between = t.is(at - 1, "between") || t.is(at - 2, "between") && t.is(at - 1, "the");
		if (!(sep.equals("to") || sep.equals("through") || sep.equals("thru") || sep.equals("until")
				|| sep.equals("till") || between && sep.equals("and")) || end + 1 >= t.size) {
			return 0;
		}
		LocalDate first = r.dates[r.dateCount - 1];
		Second second = read(t, today, expect, end + 1);
		LocalDate alone = (second != null) ? second.date() : null;
		if (second != null && second.date().isBefore(first)) {
			// "Monday to Wednesday": the Wednesday after that Monday
			second = read(t, first, expect, end + 1);
		}
		if (second == null || !second.date().isAfter(first) || second.date().isAfter(first.plusDays(MAX_DAYS))) {
			return 0;
		}
		r.dropLastDate();
		r.range(first, second.date(), at);
		r.rangeFromTo = !between;
		r.rangeToAlone = alone;
		return 1 + second.length();
	}

	/** The one date said at i, counted from {@code today}, or {@code null}. */
	private static Second read(Transcript t, LocalDate today, Expectation expect, int i) {
		Reading scratch = new Reading();
		int k = new DateReader(t, today, expect, scratch).match(i);
		return (k > 0 && scratch.dateCount == 1) ? new Second(scratch.dates[0], k) : null;
	}

	/** The day at the far end of the range and the tokens it took. */
	private record Second(LocalDate date, int length) {
	}

}
