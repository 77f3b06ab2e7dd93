package io.bella.extraction;

import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Reads a North American phone number spoken digit by digit ("four one six, five five
 * five, oh one double nine"), with recognizer homophones inside the run, and validates it
 * with libphonenumber.
 */
final class PhoneReader {

	static final String REGION = "CA";

	private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

	/** Words a recognizer writes for a digit, only trusted between other digits. */
	private static final Set<String> HOMOPHONES = Set.of("to", "too", "for", "won", "ate", "oh", "o");

	private PhoneReader() {
	}

	static void read(Transcript t, Reading r) {
		int n = t.size;
		StringBuilder digits = new StringBuilder(16);
		int i = 0;
		while (i < n) {
			if (digitsAt(t, i, null) == 0) {
				i++;
				continue;
			}
			int start = i;
			digits.setLength(0);
			boolean plus = false;
			if (t.is(i - 1, "one") && t.is(i - 2, "plus") || t.is(i - 1, "1") && t.is(i - 2, "plus")) {
				plus = true;
			}
			int j = i;
			int last = i;
			while (j < n) {
				int k = digitsAt(t, j, digits);
				if (k > 0) {
					j += k;
					last = j;
					continue;
				}
				String w = t.words[j];
				if (HOMOPHONES.contains(w) && digits.length() > 0 && digitsAt(t, j + 1, null) > 0) {
					digits.append(homophone(w));
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
			int end = last;
			// a homophone just before the run ("my number is for one six ...") when the
			// run is one digit short
			if (national(digits) == 9 && start > 0 && HOMOPHONES.contains(t.words[start - 1])
					&& !t.words[start - 1].equals("o")) {
				digits.insert(0, homophone(t.words[start - 1]));
				start--;
			}
			if (national(digits) == 9 && end < n && HOMOPHONES.contains(t.words[end])) {
				digits.append(homophone(t.words[end]));
				end++;
			}
			if (digits.length() >= 7) {
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
			i = Math.max(end, i + 1);
		}
	}

	private static int national(CharSequence digits) {
		int len = digits.length();
		return (len == 11 && digits.charAt(0) == '1') ? 10 : len;
	}

	private static char homophone(String w) {
		return switch (w) {
			case "to", "too" -> '2';
			case "for" -> '4';
			case "won" -> '1';
			case "ate" -> '8';
			default -> '0';
		};
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
			if (w.equals("oh") || w.equals("o")) {
				// "oh" is a digit only next to other digits
				if (digitWord(t.word(i + 1)) < 0 && digitWord(t.word(i - 1)) < 0
						&& !Character.isDigit(t.word(i + 1).isEmpty() ? 'x' : t.word(i + 1).charAt(0))) {
					return 0;
				}
			}
			if (out != null) {
				out.append((char) ('0' + d));
			}
			return 1;
		}
		Integer v = Transcript.CARDINALS.get(w);
		if (v != null && v >= 10) {
			int value = v;
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
		if (w.equals("hundred") && i > 0 && digitWord(t.word(i - 1)) >= 1 && out != null) {
			out.append("00");
			return 1;
		}
		return 0;
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
		try {
			PhoneNumber number = PHONE_NUMBERS.parse("+" + s, REGION);
			if (!PHONE_NUMBERS.isValidNumber(number)) {
				return null;
			}
			return PHONE_NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

}
