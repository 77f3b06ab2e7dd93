package io.bella.extraction;

import java.time.LocalDate;

/**
 * Reads dates, date ranges, times, time windows and durations out of a transcript and
 * resolves them against today, following the conventions in docs/extraction.md. Each word
 * that can start one is offered, in turn, to the date, window, time and duration readers;
 * the first that reads it takes its tokens.
 */
final class WhenReader {

	private WhenReader() {
	}

	static void read(Transcript t, LocalDate today, Expectation expect, Reading r) {
		r.partOfDay = partOfDay(t);
		DateReader dates = new DateReader(t, today, expect, r);
		TimeReader times = new TimeReader(t, expect, r);
		DurationReader durations = new DurationReader(t, r);
		int n = t.size;
		int i = 0;
		while (i < n) {
			String w = t.words[i];
			if (t.used[i] || !Character.isDigit(w.charAt(0)) && !WhenWords.STARTERS.contains(w)) {
				i++;
				continue;
			}
			int dateCount = r.dateCount;
			int k = dates.match(i);
			if (k > 0 && r.dateCount == dateCount + 1) {
				k += DayRanges.extend(t, today, expect, r, i, i + k);
			}
			if (k == 0) {
				k = times.matchWindow(i);
			}
			if (k == 0) {
				k = times.matchRelativeMinutes(i);
			}
			if (k == 0) {
				k = times.matchRange(i);
			}
			if (k == 0) {
				k = times.matchTime(i);
			}
			if (k == 0) {
				k = durations.match(i);
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
		if (r.timeCount == 0 && r.windowAt < 0 && r.partOfDay != PartOfDay.NONE) {
			r.window(r.partOfDay.from(), r.partOfDay.to(), -1, false);
		}
	}

	/**
	 * The last part of the day named: "morning", "tonight", "at night", "around lunch". A
	 * correction ("no sorry", "actually", "wait") forgets what was named before it:
	 * "Friday at ten in the morning, no wait, Thursday at 4" is 16:00.
	 */
	private static PartOfDay partOfDay(Transcript t) {
		PartOfDay part = PartOfDay.NONE;
		for (int i = 0; i < t.size; i++) {
			String prev = t.word(i - 1);
			if (correction(t, i)) {
				part = PartOfDay.NONE;
				continue;
			}
			if (prev.equals("good")) {
				// "good morning" is a greeting
				continue;
			}
			switch (t.words[i]) {
				case "morning", "mornings" -> part = PartOfDay.MORNING;
				case "afternoon", "afternoons" -> part = PartOfDay.AFTERNOON;
				case "evening", "evenings", "tonight" -> part = PartOfDay.EVENING;
				case "night" -> {
					if (prev.equals("at") || prev.equals("tomorrow") || WhenWords.WEEKDAYS.containsKey(prev)
							|| prev.equals("late")) {
						part = PartOfDay.EVENING;
					}
				}
				case "day" -> {
					// "end of day", "end of the day": the afternoon
					boolean endOf = prev.equals("of") && t.is(i - 2, "end")
							|| prev.equals("the") && t.is(i - 2, "of") && t.is(i - 3, "end");
					if (endOf) {
						part = PartOfDay.AFTERNOON;
					}
				}
				case "lunch", "lunchtime" -> {
					if (!prev.equals("after") && !prev.equals("before") && part == PartOfDay.NONE) {
						part = PartOfDay.LUNCH;
					}
				}
				default -> {
				}
			}
		}
		return part;
	}

	private static boolean correction(Transcript t, int i) {
		String w = t.words[i];
		if (w.equals("sorry") || w.equals("actually") || w.equals("wait")) {
			return true;
		}
		// "no, Thursday at 4", "no make it 3"; not "no rush", "no later than 5"
		String next = t.word(i + 1);
		return w.equals("no") && i > 0
				&& (WhenWords.WEEKDAYS.containsKey(next) || WhenWords.TOMORROW.contains(next) || next.equals("today")
						|| next.equals("the") || next.equals("at") || next.equals("on") || next.equals("make")
						|| Transcript.isNumberish(next));
	}

}
