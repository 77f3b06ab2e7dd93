package io.bella.extraction;

import java.util.Map;

import io.bella.system.PhoneNumbers;

/**
 * Reads a North American phone number spoken digit by digit ("four one six, five five
 * five, oh one double nine"), with recognizer homophones inside the run, and validates it
 * with libphonenumber.
 */
final class PhoneReader {

	/**
	 * Words a recognizer writes for a digit ("for" for four), only trusted between other
	 * digits.
	 */
	private static final Map<String, Character> HOMOPHONES = WordLists.pairs("digit-homophones.txt",
			(digit) -> digit.charAt(0));

	private PhoneReader() {
	}

	static void read(Transcript t, Reading r) {
		if (!mayHoldPhoneNumber(t)) {
			// most turns hold no phone number: skip the run scan
			return;
		}
		StringBuilder digits = new StringBuilder(16);
		int i = 0;
		while (i < t.size) {
			if (digitsAt(t, i, null) == 0) {
				i++;
				continue;
			}
			int end = readRun(t, i, digits, r);
			i = Math.max(end, i + 1);
		}
	}

	/** Whether the turn holds words for at least seven digits. */
	private static boolean mayHoldPhoneNumber(Transcript t) {
		int possible = 0;
		for (int i = 0; i < t.size && possible < 7; i++) {
			String w = t.words[i];
			char c = w.charAt(0);
			possible += (c >= '0' && c <= '9') ? w.length()
					: (w.equals("double") || w.equals("triple") || Transcript.CARDINALS.containsKey(w)) ? 2
							: (w.equals("oh") || w.equals("o")) ? 1 : 0;
		}
		return possible >= 7;
	}

	/**
	 * Reads the run of digits that starts at i into {@code digits} and, when it is long
	 * enough to be a phone number, into the reading; the index after the run.
	 */
	private static int readRun(Transcript t, int i, StringBuilder digits, Reading r) {
		digits.setLength(0);
		boolean plus = t.is(i - 2, "plus") && (t.is(i - 1, "one") || t.is(i - 1, "1"));
		int start = i;
		int end = collect(t, i, digits);
		// a homophone just before the run ("my number is for one six ...") when the
		// run is one digit short
		if (national(digits) == 9 && start > 0 && HOMOPHONES.containsKey(t.words[start - 1])
				&& !t.words[start - 1].equals("o")) {
			digits.insert(0, HOMOPHONES.get(t.words[start - 1]).charValue());
			start--;
		}
		if (national(digits) == 9 && end < t.size && HOMOPHONES.containsKey(t.words[end])) {
			digits.append(HOMOPHONES.get(t.words[end]).charValue());
			end++;
		}
		if (digits.length() >= 7 && !clockWordsAcrossHomophone(t, start, end, digits, plus)) {
			for (int k = start; k < end; k++) {
				t.used[k] = true;
			}
			if (plus) {
				t.used[start - 1] = true;
				t.used[start - 2] = true;
			}
			String e164 = validate(digits, plus);
			if (e164 != null) {
				r.phone = e164;
			}
			else {
				r.invalidPhone = true;
			}
		}
		return end;
	}

	/**
	 * "ten thirty to eleven thirty": number words joined by a homophone of a digit that
	 * make no valid number are clock times, not a phone number said wrong.
	 */
	private static boolean clockWordsAcrossHomophone(Transcript t, int start, int end, CharSequence digits,
			boolean plus) {
		boolean homophone = false;
		for (int k = start; k < end && !homophone; k++) {
			String w = t.words[k];
			homophone = HOMOPHONES.containsKey(w) && !w.equals("oh") && !w.equals("o");
		}
		return homophone && validate(digits, plus) == null;
	}

	/**
	 * Appends the digits said from i on, across homophones and "dash", "and", "then"
	 * between digits; the index after the last digit.
	 */
	private static int collect(Transcript t, int i, StringBuilder digits) {
		int j = i;
		int last = i;
		while (j < t.size) {
			int k = digitsAt(t, j, digits);
			if (k > 0) {
				j += k;
				last = j;
				continue;
			}
			String w = t.words[j];
			if (HOMOPHONES.containsKey(w) && digits.length() > 0 && digitsAt(t, j + 1, null) > 0) {
				digits.append(HOMOPHONES.get(w).charValue());
				j++;
				continue;
			}
			if ((w.equals("dash") || w.equals("hyphen")
					|| (w.equals("and") || w.equals("then")) && national(digits) < 10)
					&& (digitsAt(t, j + 1, null) > 0 || t.is(j + 1, "then") && digitsAt(t, j + 2, null) > 0)) {
				j++;
				continue;
			}
			break;
		}
		return last;
	}

	private static int national(CharSequence digits) {
		int len = digits.length();
		return (len == 11 && digits.charAt(0) == '1') ? 10 : len;
	}

	/**
	 * How many tokens at i read as digits (appending them when {@code out} is given), or
	 * 0.
	 */
	private static int digitsAt(Transcript t, int i, StringBuilder out) {
		if (i >= t.size) {
			return 0;
		}
		String w = t.words[i];
		char c0 = w.charAt(0);
		if (c0 >= '0' && c0 <= '9') {
			for (int k = 0; k < w.length(); k++) {
				char c = w.charAt(k);
				if (c < '0' || c > '9') {
					return 0;
				}
			}
			if (out != null) {
				out.append(w);
			}
			return 1;
		}
		if (w.equals("double") || w.equals("triple")) {
			int d = digitWord(t.word(i + 1));
			if (d < 0) {
				return 0;
			}
			if (out != null) {
				for (int k = (w.equals("double") ? 2 : 3); k > 0; k--) {
					out.append((char) ('0' + d));
				}
			}
			return 2;
		}
		int d = digitWord(w);
		if (d >= 0) {
			if ((w.equals("oh") || w.equals("o")) && !besideDigits(t, i)) {
				return 0;
			}
			if (out != null) {
				out.append((char) ('0' + d));
			}
			return 1;
		}
		Integer v = Transcript.CARDINALS.get(w);
		if (v != null && v >= 10) {
			return numberAt(t, i, v, out);
		}
		if (w.equals("hundred") && i > 0 && digitWord(t.word(i - 1)) >= 1 && out != null) {
			out.append("00");
			return 1;
		}
		return 0;
	}

	/** "oh" is a digit only next to other digits. */
	private static boolean besideDigits(Transcript t, int i) {
		return digitWord(t.word(i + 1)) >= 0 || digitWord(t.word(i - 1)) >= 0
				|| Character.isDigit(t.word(i + 1).isEmpty() ? 'x' : t.word(i + 1).charAt(0));
	}

	/** "sixteen", "forty one", "nine hundred": a number word of ten or more at i. */
	private static int numberAt(Transcript t, int i, int number, StringBuilder out) {
		int value = number;
		int len = 1;
		if (value >= 20) {
			int u = digitWord(t.word(i + 1));
			if (u >= 1 && !t.word(i + 1).equals("oh") && !t.word(i + 1).equals("o")) {
				value += u;
				len = 2;
			}
		}
		if (t.is(i + len, "hundred")) {
			if (out != null) {
				out.append(value).append("00");
			}
			return len + 1;
		}
		if (out != null) {
			out.append(value);
		}
		return len;
	}

	private static int digitWord(String w) {
		switch (w) {
			case "zero", "oh", "o":
				return 0;
			case "one":
				return 1;
			case "two":
				return 2;
			case "three":
				return 3;
			case "four":
				return 4;
			case "five":
				return 5;
			case "six":
				return 6;
			case "seven":
				return 7;
			case "eight":
				return 8;
			case "nine":
				return 9;
			default:
				if (w.length() == 1 && w.charAt(0) >= '0' && w.charAt(0) <= '9') {
					return w.charAt(0) - '0';
				}
				return -1;
		}
	}

	/**
	 * E.164 for a valid NANP number, or null: a wrong digit must never text a stranger.
	 */
	static String validate(CharSequence digits, boolean plus) {
		String s = digits.toString();
		if (s.length() == 10) {
			s = "1" + s;
		}
		if (s.length() != 11 || s.charAt(0) != '1') {
			return null;
		}
		return PhoneNumbers.international("+" + s).orElse(null);
	}

}
