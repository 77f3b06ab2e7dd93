package io.bella.extraction;

import io.bella.extraction.ClockTime.Form;
import io.bella.extraction.ClockTime.Marker;

/**
 * Reads a clock time where a transcript says one: "3", "3:30", "three thirty", "ten oh
 * five", "330 pm", "1400 hours", "noon", with o'clock, -ish and am/pm.
 */
final class ClockReader {

	private ClockReader() {
	}

	/** The clock time said at token i, or {@code null}. */
	static ClockTime read(Transcript t, int i) {
		if (i < 0 || i >= t.size || t.used[i]) {
			return null;
		}
		String w = t.words[i];
		if (w.equals("noon") || w.equals("midday")) {
			return withTail(t, i + 1, 12, 0, Form.NAMED, Meridiem.PM);
		}
		if (w.equals("midnight")) {
			return withTail(t, i + 1, 0, 0, Form.NAMED, Meridiem.AM);
		}
		int colon = w.indexOf(':');
		if (colon > 0 && colon < 3 && w.length() - colon == 3) {
			return withColon(t, i, colon);
		}
		int hour;
		int length;
		int homophone = hourHomophone(t, i);
		if (homophone > 0) {
			hour = homophone;
			length = 1;
		}
		else {
			SpokenNumber said = t.cardinal(i);
			if (said == null || w.equals("one") && WhenWords.PICK_WORDS.contains(t.word(i - 1))) {
				// "that one", "the earlier one": a pick, not 1 o'clock
				return null;
			}
			if (w.length() > 2 && Character.isDigit(w.charAt(0))) {
				return runTogether(t, i, said.value());
			}
			hour = said.value();
			length = said.length();
		}
		if (hour < 1 || hour > 12) {
			return null;
		}
		return afterHour(t, i + length, hour, WhenWords.PICK_WORDS.contains(t.word(i - 1)));
	}

	/**
	 * The hour a recognizer wrote as a homophone ("at for pm", "around to thirty", "half
	 * past to", "at ate"), or 0: only where the words around it make a clock time.
	 */
	private static int hourHomophone(Transcript t, int i) {
		int hour = switch (t.words[i]) {
			case "for" -> 4;
			case "to", "too" -> 2;
			case "won" -> 1;
			case "ate" -> 8;
			default -> 0;
		};
		if (hour == 0) {
			return 0;
		}
		String prev = t.word(i - 1);
		String next = t.word(i + 1);
		boolean clockAfter = next.equals("am") || next.equals("pm") || next.equals("oclock") || next.equals("tonight")
				|| minutes(t, i + 1) != null
				|| next.equals("in") && t.is(i + 2, "the")
						&& (t.is(i + 3, "morning") || t.is(i + 3, "afternoon") || t.is(i + 3, "evening"))
				|| next.equals("at") && t.is(i + 2, "night");
		boolean timeCue = prev.equals("at") || prev.equals("around") || prev.equals("past") || prev.equals("after");
		boolean rangeCue = prev.equals("between") || prev.equals("from") || prev.equals("and") || prev.equals("to")
				|| prev.equals("till") || prev.equals("until") || prev.equals("by") || prev.equals("about")
				|| prev.equals("do");
		if (clockAfter && (timeCue || rangeCue)) {
			return hour;
		}
		// "at for", "half past to on Monday": nothing after it but the end or a day
		boolean dayOrEnd = i + 1 >= t.size || next.equals("on") || next.equals("tomorrow") || next.equals("today")
				|| next.equals("then") || next.equals("please") || next.equals("works") || next.equals("this")
				|| next.equals("next") || WhenWords.WEEKDAYS.containsKey(next) || WhenWords.MONTHS.containsKey(next);
		return (timeCue && dayOrEnd) ? hour : 0;
	}

	/**
	 * The minutes, or "noon" and "midnight", after an hour said at the token before j;
	 * after a pick word ("the two thirty one") a last "one" is the pick, not minute 31.
	 */
	private static ClockTime afterHour(Transcript t, int j, int hour, boolean pick) {
		SpokenNumber minutes = minutes(t, j);
		if (minutes != null && pick && minutes.length() == 2 && t.is(j + 1, "one")) {
			minutes = new SpokenNumber(minutes.value() - 1, 2);
		}
		if (minutes != null) {
			return withTail(t, j + minutes.length(), hour, minutes.value(), Form.HOUR_AND_MINUTES, Meridiem.NONE);
		}
		if (hour == 12 && (t.is(j, "noon") || t.is(j, "midnight"))) {
			boolean noon = t.is(j, "noon");
			return withTail(t, j + 1, noon ? 12 : 0, 0, Form.NAMED, noon ? Meridiem.PM : Meridiem.AM);
		}
		return withTail(t, j, hour, 0, Form.HOUR_ONLY, Meridiem.NONE);
	}

	/** "3:30", "14:30", "08:15". */
	private static ClockTime withColon(Transcript t, int i, int colon) {
		String w = t.words[i];
		int hour = digits(w, 0, colon);
		int minute = digits(w, colon + 1, w.length());
		if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
			return null;
		}
		boolean twentyFourHour = hour > 12 || w.charAt(0) == '0';
		return withTail(t, i + 1, hour, minute, twentyFourHour ? Form.TWENTY_FOUR_HOUR : Form.COLON, Meridiem.NONE);
	}

	/** "330 pm", "at 1030", "1400 hours": hour and minutes written as one number. */
	private static ClockTime runTogether(Transcript t, int i, int value) {
		String w = t.words[i];
		int hour = value / 100;
		int minute = value % 100;
		boolean hoursSaid = t.is(i + 1, "hours") || t.is(i + 1, "hrs");
		if (w.length() == 4 && minute < 60 && hour <= 23 && (hoursSaid || hour > 12 && t.is(i - 1, "at"))) {
			// "at 1400 hours": 24 h military style
			return withTail(t, i + (hoursSaid ? 2 : 1), hour, minute, Form.TWENTY_FOUR_HOUR, Meridiem.NONE);
		}
		if (w.length() <= 4 && minute < 60 && hour >= 1 && hour <= 12
				&& (t.is(i + 1, "am") || t.is(i + 1, "pm") || t.is(i - 1, "at"))) {
			return withTail(t, i + 1, hour, minute, Form.HOUR_AND_MINUTES, Meridiem.NONE);
		}
		return null;
	}

	/**
	 * The clock time with what follows it from token j: "o'clock", "-ish", "am", "pm",
	 * "in the morning", "at night", "tonight".
	 */
	private static ClockTime withTail(Transcript t, int from, int hour, int minute, Form form, Meridiem said) {
		int j = from;
		boolean oclock = t.is(j, "oclock");
		if (oclock) {
			j++;
		}
		boolean ish = t.is(j, "ish");
		if (ish) {
			j++;
		}
		Meridiem meridiem = said;
		if (t.is(j, "am") || t.is(j, "pm")) {
			meridiem = t.is(j, "am") ? Meridiem.AM : Meridiem.PM;
			j++;
		}
		else if (t.is(j, "in") && t.is(j + 1, "the")) {
			String part = t.word(j + 2);
			if (part.equals("morning")) {
				meridiem = Meridiem.AM;
				j += 3;
			}
			else if (part.equals("afternoon") || part.equals("evening")) {
				meridiem = Meridiem.PM;
				j += 3;
			}
		}
		else if (t.is(j, "at") && t.is(j + 1, "night")) {
			meridiem = Meridiem.PM;
			j += 2;
		}
		else if (t.is(j, "tonight")) {
			meridiem = Meridiem.PM;
		}
		if (t.is(j, "ish")) {
			ish = true;
			j++;
		}
		Marker marker = oclock ? Marker.OCLOCK : ish ? Marker.ISH : Marker.NONE;
		return new ClockTime(hour, minute, form, meridiem, marker, j);
	}

	/** Minutes spoken after an hour ("thirty", "oh five", "45"), or {@code null}. */
	static SpokenNumber minutes(Transcript t, int j) {
		if (j >= t.size || t.used[j]) {
			return null;
		}
		String w = t.words[j];
		if ((w.equals("oh") || w.equals("o") || w.equals("zero")) && j + 1 < t.size) {
			String d = t.words[j + 1];
			int v = t.number(j + 1);
			if (v >= 0 && v <= 9 && d.length() == 1 || v >= 1 && v <= 9 && Character.isLetter(d.charAt(0))) {
				return new SpokenNumber(v, 2);
			}
			return null;
		}
		if (w.length() == 2 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(1))) {
			int v = t.number(j);
			if (v <= 59 && !WhenWords.UNITS.contains(t.word(j + 1))) {
				return new SpokenNumber(v, 1);
			}
			return null;
		}
		if (Character.isLetter(w.charAt(0))) {
			SpokenNumber said = t.cardinal(j);
			if (said != null && said.between(10, 59) && !WhenWords.UNITS.contains(t.word(j + said.length()))
					&& !t.is(j + said.length(), "hundred")) {
				return said;
			}
		}
		return null;
	}

	/** The number written in s from index from to index to, or -1. */
	private static int digits(String s, int from, int to) {
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

}
