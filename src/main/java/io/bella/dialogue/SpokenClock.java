package io.bella.dialogue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clock times a caller names when pointing at an offered time: "ten", "the two thirty
 * one", "half past two", "the 9 am one", "10:30". Only times said as times count: a
 * number that bounds a search ("after three"), numbers a choice ("number two"), counts
 * something ("two weeks", "one of those") or belongs to a date ("March twenty first") is
 * none, and a "one" that stands for an option ("the earlier one") is no time.
 */
final class SpokenClock {

	private static final Map<String, Integer> HOURS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12));

	private static final Map<String, Integer> MINUTE_TENS = Map.of("ten", 10, "fifteen", 15, "twenty", 20, "thirty", 30,
			"forty", 40, "fourty", 40, "forty-five", 45, "fifty", 50);

	/** Words before a number that make it a bound of a search rather than a time. */
	private static final Set<String> BOUNDS = Set.of("after", "before", "by", "until", "till", "til", "from", "than",
			"past", "between");

	/** Words before a number that make it the number of an option. */
	private static final Set<String> CHOICE_WORDS = Set.of("number", "option", "choice", "no");

	/** Words after a number that make it a count or a date rather than a time. */
	private static final Set<String> COUNTED = Set.of("of", "week", "weeks", "day", "days", "month", "months", "minute",
			"minutes", "hour", "hours", "year", "years", "st", "nd", "rd", "th", "people", "kids", "more", "times",
			"percent", "dollars", "seconds", "second");

	/** Words before a "one" that make it a number rather than "the option". */
	private static final Set<String> ONE_AS_NUMBER = Set.of("at", "for", "around", "about", "say", "maybe", "like");

	static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
			"sept", "oct", "nov", "dec");

	private SpokenClock() {
	}

	/**
	 * The caller's words as tokens, with "o'clock", "a.m." and "p.m." in one form each.
	 */
	static List<String> tokens(String said) {
		String text = said.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("o'? ?clock", " oclock")
			.replaceAll("\\b([ap])\\.? ?m\\b\\.?", "$1m")
			.replaceAll("(\\d)([ap]m)\\b", "$1 $2")
			.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1 $2");
		List<String> tokens = new ArrayList<>();
		for (String token : text.split("[^a-z0-9:']+")) {
			if (!token.isEmpty()) {
				tokens.add(token);
			}
		}
		return tokens;
	}

	/**
	 * The times named as times, each with the meridiem when one was said.
	 */
	static List<Clock> clocks(List<String> tokens) {
		List<Clock> clocks = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if ((token.equals("noon") || token.equals("midday")) && (i == 0 || !BOUNDS.contains(tokens.get(i - 1)))) {
				clocks.add(new Clock(12, 0, Boolean.TRUE));
				continue;
			}
			if ((token.equals("half") || token.equals("quarter")) && i + 2 < tokens.size()
					&& (tokens.get(i + 1).equals("past") || tokens.get(i + 1).equals("to"))) {
				Integer hour = hour(tokens.get(i + 2));
				if (hour != null) {
					boolean to = tokens.get(i + 1).equals("to");
					int minute = token.equals("half") ? 30 : (to ? 45 : 15);
					int h = to ? ((hour == 1) ? 12 : hour - 1) : hour;
					clocks.add(new Clock(h, minute, meridiem(tokens, i + 3)));
					i += 2;
				}
				continue;
			}
			Clock clock = clockAt(tokens, i);
			int end = i + ((clock != null) ? clock.width() : 1);
			if (clock != null && end + 1 < tokens.size() && tokens.get(end).matches("to|till|til|until")
					&& hour(tokens.get(end + 1)) != null) {
				// "two to four" is a window to search, not an option's time
				i = end + 1;
				continue;
			}
			if (clock != null) {
				clocks.add(clock);
				i += clock.width() - 1;
			}
		}
		return clocks;
	}

	private static Clock clockAt(List<String> tokens, int i) {
		String token = tokens.get(i);
		String previous = (i > 0) ? tokens.get(i - 1) : "";
		String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
		if (token.matches("\\d{1,2}:\\d{2}")) {
			String[] parts = token.split(":");
			int hour = Integer.parseInt(parts[0]);
			return (hour <= 23) ? new Clock(hour, Integer.parseInt(parts[1]), meridiem(tokens, i + 1), 1) : null;
		}
		Integer hour = hour(token);
		if (hour == null || BOUNDS.contains(previous) || CHOICE_WORDS.contains(previous) || MONTHS.contains(previous)
				|| COUNTED.contains(next) || MONTHS.contains(next)) {
			return null;
		}
		int[] minute = minute(tokens, i + 1);
		int after = i + 1 + minute[1];
		Boolean meridiem = meridiem(tokens, after);
		boolean saidAsTime = minute[1] > 0 || meridiem != null
				|| (after < tokens.size() && tokens.get(after).equals("oclock"));
		if (token.equals("one") && !saidAsTime && !ONE_AS_NUMBER.contains(previous) && tokens.size() > 1) {
			// "the first one", "that one", "the two thirty one": an option, not 1 o'clock
			return null;
		}
		int width = 1 + minute[1] + meridiemWidth(tokens, after);
		return new Clock(hour, minute[0], meridiem, width);
	}

	private static Integer hour(String token) {
		if (token.matches("\\d{1,2}")) {
			int hour = Integer.parseInt(token);
			return (hour >= 1 && hour <= 12) ? hour : null;
		}
		return HOURS.get(token);
	}

	/**
	 * The minutes after an hour and how many tokens they took: "thirty", "forty five",
	 * "oh five", "30".
	 */
	private static int[] minute(List<String> tokens, int at) {
		if (at >= tokens.size()) {
			return new int[] { 0, 0 };
		}
		String token = tokens.get(at);
		String next = (at + 1 < tokens.size()) ? tokens.get(at + 1) : "";
		if (token.matches("\\d{2}")) {
			int minute = Integer.parseInt(token);
			return (minute < 60) ? new int[] { minute, 1 } : new int[] { 0, 0 };
		}
		if ((token.equals("oh") || token.equals("o")) && HOURS.containsKey(next) && HOURS.get(next) < 10) {
			return new int[] { HOURS.get(next), 2 };
		}
		Integer tens = MINUTE_TENS.get(token);
		if (tens == null || (tens == 10 && !next.equals("am") && !next.equals("pm"))) {
			// "ten ten" is rare; "two ten" too often a slip to read as 2:10
			return new int[] { 0, 0 };
		}
		if (tens % 10 == 0 && tens >= 20 && HOURS.containsKey(next) && HOURS.get(next) > 1 && HOURS.get(next) < 10) {
			// "two thirty five" is 2:35, but "the two thirty one" is the 2:30 option
			return new int[] { tens + HOURS.get(next), 2 };
		}
		return new int[] { tens, 1 };
	}

	/**
	 * {@code TRUE} for p.m., {@code FALSE} for a.m., {@code null} when not said.
	 */
	private static Boolean meridiem(List<String> tokens, int at) {
		int i = at;
		if (i < tokens.size() && tokens.get(i).equals("oclock")) {
			i++;
		}
		if (i >= tokens.size()) {
			return null;
		}
		return switch (tokens.get(i)) {
			case "pm" -> Boolean.TRUE;
			case "am" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static int meridiemWidth(List<String> tokens, int at) {
		int width = 0;
		if (at < tokens.size() && tokens.get(at).equals("oclock")) {
			width++;
		}
		if (at + width < tokens.size()
				&& (tokens.get(at + width).equals("am") || tokens.get(at + width).equals("pm"))) {
			width++;
		}
		return width;
	}

	/**
	 * A time as said: an hour on the 12- or 24-hour clock, minutes, and a.m. or p.m. when
	 * said.
	 *
	 * @param hour the hour as said
	 * @param minute the minutes
	 * @param pm {@code TRUE} for p.m., {@code FALSE} for a.m., {@code null} when not said
	 * @param width how many tokens it took
	 */
	record Clock(int hour, int minute, Boolean pm, int width) {

		Clock(int hour, int minute, Boolean pm) {
			this(hour, minute, pm, 1);
		}

		/**
		 * Whether this is that wall-clock time, taking either half of the day when a.m.
		 * or p.m. was not said.
		 */
		boolean names(LocalTime time) {
			if (time.getMinute() != this.minute) {
				return false;
			}
			if (this.hour > 12) {
				return time.getHour() == this.hour;
			}
			boolean samePosition = time.getHour() % 12 == this.hour % 12;
			return samePosition && (this.pm == null || this.pm == (time.getHour() >= 12));
		}

	}

}
