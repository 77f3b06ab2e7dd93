package io.bella.extraction;

import java.util.List;

/**
 * Tells a dash between two clock times ("9-11am", "10:30-11:30"), which the transcript
 * keeps as a range, from the dashes of phone numbers and dates, which it drops.
 */
final class ClockDash {

	private ClockDash() {
	}

	/**
	 * Whether the dash at i joins two clock times ("9-11am", "2-4", "10:30-11:30"), not
	 * the groups of a phone number ("416-555-0199") or a date.
	 */
	static boolean joinsClockTimes(String s, int i, StringBuilder cur, List<String> pieces) {
		if (!isClock(cur, 0, cur.length())) {
			return false;
		}
		if (!pieces.isEmpty() && allDigits(pieces.get(pieces.size() - 1))) {
			// "416 555 01-23": a group of a phone number
			return false;
		}
		int end = i + 1;
		while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == ':')) {
			end++;
		}
		return isClock(s, i + 1, end) && (end == s.length() || s.charAt(end) != '-');
	}

	private static boolean allDigits(String piece) {
		for (int k = 0; k < piece.length(); k++) {
			if (!Character.isDigit(piece.charAt(k))) {
				return false;
			}
		}
		return true;
	}

	/** "9", "11", "10:30": one or two digits, with minutes after a colon. */
	private static boolean isClock(CharSequence s, int from, int to) {
		int colon = -1;
		for (int k = from; k < to; k++) {
			if (s.charAt(k) == ':') {
				colon = k;
			}
			else if (!Character.isDigit(s.charAt(k))) {
				return false;
			}
		}
		int hourDigits = ((colon < 0) ? to : colon) - from;
		return hourDigits >= 1 && hourDigits <= 2 && (colon < 0 || to - colon == 3);
	}

}
