package io.bella.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A recognizer transcript cut into cleaned tokens: lower-cased words for matching, the
 * heard spelling for names, fillers gone, "p.m." and "p m" read as {@code pm}.
 */
final class Transcript {

	/**
	 * Longer input is cut: a caller's turn is never this long and the cost must stay
	 * bounded.
	 */
	static final int MAX_CHARS = 4000;

	/** Number words and their values: "seven", "twenty", "fourty". */
	static final Map<String, Integer> CARDINALS = WordLists.pairs("cardinals.txt", Integer::valueOf);

	/** Ordinal words and their values: "first", "twelfth", "thirtieth". */
	static final Map<String, Integer> ORDINALS = WordLists.pairs("ordinals.txt", Integer::valueOf);

	static final Set<String> FILLERS = WordLists.words("fillers.txt");

	/** What a recognizer writes for an hour: "at for p m", "at to p m". */
	private static final Set<String> HOUR_HOMOPHONES = Set.of("for", "to", "too", "won", "ate");

	/** "like" stays a verb after these. */
	static final Set<String> LIKE_VERB = WordLists.words("like-verb.txt");

	final String[] words;

	final String[] raw;

	final int size;

	final boolean question;

	final boolean anyUpperCase;

	/** Tokens already read as part of a phone number, date or time. */
	final boolean[] used;

	private Transcript(List<String> raw, List<String> lower, boolean question) {
		this.size = raw.size();
		this.raw = raw.toArray(new String[0]);
		this.words = lower.toArray(new String[0]);
		boolean upper = false;
		for (int i = 0; i < this.size; i++) {
			if (!upper && !this.words[i].equals(this.raw[i])) {
				upper = true;
			}
		}
		this.anyUpperCase = upper;
		this.question = question;
		this.used = new boolean[this.size];
	}

	static Transcript of(String text) {
		if (text == null) {
			return new Transcript(List.of(), List.of(), false);
		}
		String s = (text.length() > MAX_CHARS) ? text.substring(0, MAX_CHARS) : text;
		List<String> pieces = new ArrayList<>(Math.min(64, s.length() / 3 + 4));
		StringBuilder cur = new StringBuilder(16);
		boolean question = false;
		int n = s.length();
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				cur.append(c);
			}
			else if ((c == '\'' || c == '\u2019') && cur.length() > 0 && i + 1 < n
					&& Character.isLetter(s.charAt(i + 1))) {
				cur.append('\'');
			}
			else if (c == ':' && cur.length() > 0 && Character.isDigit(cur.charAt(cur.length() - 1)) && i + 1 < n
					&& Character.isDigit(s.charAt(i + 1))) {
				cur.append(':');
			}
			else if (c == '-' && cur.length() > 0 && Character.isLetter(cur.charAt(cur.length() - 1)) && i + 1 < n
					&& Character.isLetter(s.charAt(i + 1))) {
				cur.append('-');
			}
			else if (c == '-' && ClockDash.joinsClockTimes(s, i, cur, pieces)) {
				// "9-11am", "10:30-11:30": a range of clock times, never "ten minutes to
				// eleven"
				flush(cur, pieces);
				pieces.add("-");
			}
			else {
				if (c == '?') {
					question = true;
				}
				flush(cur, pieces);
			}
		}
		flush(cur, pieces);
		List<String> lower = new ArrayList<>(pieces.size());
		List<String> raw = clean(pieces, lower);
		return new Transcript(raw, lower, question);
	}

	private static void flush(StringBuilder cur, List<String> pieces) {
		if (cur.length() == 0) {
			return;
		}
		String token = cur.toString();
		cur.setLength(0);
		if (token.indexOf('-') >= 0) {
			splitHyphenated(token, pieces);
			return;
		}
		splitDigitSuffix(token, pieces);
	}

	private static void splitHyphenated(String token, List<String> pieces) {
		String[] parts = token.split("-");
		boolean split = true;
		for (String p : parts) {
			String l = p.toLowerCase(Locale.ROOT);
			if (p.length() > 1 && !CARDINALS.containsKey(l) && !ORDINALS.containsKey(l) && !l.equals("ish")
					&& !l.equals("up") && !l.equals("check") && !l.equals("huh") && !l.equals("hmm") && !l.equals("uh")
					&& !l.equals("mm") && !l.equals("follow") && !l.equals("o") && !l.equals("clock")) {
				split = false;
			}
		}
		if (!split) {
			pieces.add(token);
			return;
		}
		String lower = token.toLowerCase(Locale.ROOT);
		if (lower.equals("uh-huh") || lower.equals("mm-hmm") || lower.equals("uh-uh")) {
			pieces.add(lower);
			return;
		}
		if (parts.length == 2 && isHourWord(parts[0]) && isHourWord(parts[1])) {
			// "nine-eleven", "three-four pm": a range of hours, not "twenty-five"
			pieces.add(parts[0]);
			pieces.add("-");
			pieces.add(parts[1]);
			return;
		}
		for (String p : parts) {
			if (!p.isEmpty()) {
				splitDigitSuffix(p, pieces);
			}
		}
	}

	private static boolean isHourWord(String part) {
		Integer v = CARDINALS.get(part.toLowerCase(Locale.ROOT));
		return v != null && v >= 1 && v <= 12;
	}

	/**
	 * "3pm", "10am", "3:30pm", "3ish", "threeish" become two tokens; "5th" stays one.
	 */
	private static void splitDigitSuffix(String token, List<String> pieces) {
		int len = token.length();
		if (len > 5 && token.endsWith("ish")
				&& CARDINALS.containsKey(token.substring(0, len - 3).toLowerCase(Locale.ROOT))) {
			pieces.add(token.substring(0, len - 3));
			pieces.add("ish");
			return;
		}
		if (len > 1 && Character.isDigit(token.charAt(0)) && Character.isLetter(token.charAt(len - 1))) {
			int k = 0;
			while (k < len && (Character.isDigit(token.charAt(k)) || token.charAt(k) == ':')) {
				k++;
			}
			String suffix = token.substring(k).toLowerCase(Locale.ROOT);
			if (k < len && (suffix.equals("am") || suffix.equals("pm") || suffix.equals("ish") || suffix.equals("a")
					|| suffix.equals("p") || suffix.equals("h"))) {
				pieces.add(token.substring(0, k));
				pieces.add(
						suffix.equals("a") ? "am" : suffix.equals("p") ? "pm" : suffix.equals("h") ? "oclock" : suffix);
				return;
			}
		}
		pieces.add(token);
	}

	private static List<String> clean(List<String> pieces, List<String> outLower) {
		int n = pieces.size();
		String[] lower = new String[n];
		for (int i = 0; i < n; i++) {
			lower[i] = pieces.get(i).toLowerCase(Locale.ROOT);
		}
		List<String> out = new ArrayList<>(n);
		String prev = null;
		for (int i = 0; i < n; i++) {
			String w = lower[i];
			String next = (i + 1 < n) ? lower[i + 1] : null;
			Joined joined = joined(w, next, prev);
			if (joined != null) {
				prev = joined.word();
				out.add(prev);
				outLower.add(prev);
				i += joined.withNext() ? 1 : 0;
				continue;
			}
			if (w.equals("you") && "know".equals(next) && prev != null && !prev.equals("do") && !prev.equals("if")
					&& !prev.equals("would") && !prev.equals("let")) {
				// "you know" as a filler
				i++;
				continue;
			}
			if (dropped(w, next, prev)) {
				continue;
			}
			prev = w;
			out.add(pieces.get(i));
			outLower.add(w);
		}
		return out;
	}

	private static Joined joined(String w, String next, String prev) {
		if ((w.equals("p") || w.equals("a")) && "m".equals(next) && prev != null
				&& (isNumberish(prev) || HOUR_HOMOPHONES.contains(prev))) {
			return new Joined(w.equals("p") ? "pm" : "am", true);
		}
		if (w.equals("p") && prev != null && isNumberish(prev) && next == null) {
			return new Joined("pm", false);
		}
		if (w.equals("o'clock") || w.equals("oclock")) {
			return new Joined("oclock", false);
		}
		if (w.equals("o") && "clock".equals(next)) {
			return new Joined("oclock", true);
		}
		if (w.equals("uh") && "huh".equals(next)) {
			return new Joined("uh-huh", true);
		}
		if (w.equals("mm") && ("hmm".equals(next) || "hm".equals(next))) {
			return new Joined("mm-hmm", true);
		}
		return null;
	}

	/** Fillers, "like" that is no verb, and a word said twice. */
	private static boolean dropped(String w, String next, String prev) {
		if (FILLERS.contains(w) || (w.equals("mm") && next != null)) {
			return true;
		}
		if (w.equals("like") && (prev == null || !LIKE_VERB.contains(prev))) {
			return true;
		}
		return prev != null && w.equals(prev) && w.length() > 1 && !isNumberish(w) && !CARDINALS.containsKey(w)
				&& !w.equals("oh");
	}

	static boolean isNumberish(String w) {
		if (w.isEmpty()) {
			return false;
		}
		return Character.isDigit(w.charAt(0)) || CARDINALS.containsKey(w) || w.equals("oclock") || w.equals("noon")
				|| w.equals("ish");
	}

	boolean is(int i, String word) {
		return i >= 0 && i < this.size && this.words[i].equals(word);
	}

	String word(int i) {
		return (i >= 0 && i < this.size) ? this.words[i] : "";
	}

	/** Value of a one-token number ("7", "seven", "07"), or -1. */
	int number(int i) {
		if (i < 0 || i >= this.size) {
			return -1;
		}
		String w = this.words[i];
		Integer v = CARDINALS.get(w);
		if (v != null) {
			return v;
		}
		int len = w.length();
		if (len == 0 || len > 6) {
			return -1;
		}
		int value = 0;
		for (int k = 0; k < len; k++) {
			char c = w.charAt(k);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** A number of one or two tokens ("twenty five", "45"), or {@code null}. */
	SpokenNumber cardinal(int i) {
		int v = number(i);
		if (v < 0) {
			return null;
		}
		String w = this.words[i];
		if (v >= 20 && v <= 90 && v % 10 == 0 && Character.isLetter(w.charAt(0))) {
			int u = number(i + 1);
			if (u >= 1 && u <= 9 && Character.isLetter(this.words[i + 1].charAt(0))) {
				return new SpokenNumber(v + u, 2);
			}
		}
		return new SpokenNumber(v, 1);
	}

	/**
	 * An ordinal of one or two tokens ("fifth", "5th", "twenty first"), or {@code null}.
	 */
	SpokenNumber ordinal(int i) {
		if (i < 0 || i >= this.size) {
			return null;
		}
		String w = this.words[i];
		Integer v = ORDINALS.get(w);
		if (v != null) {
			return new SpokenNumber(v, 1);
		}
		if (w.equals("twenty") || w.equals("thirty")) {
			Integer u = ORDINALS.get(word(i + 1));
			if (u != null && u <= 9) {
				return new SpokenNumber((w.equals("twenty") ? 20 : 30) + u, 2);
			}
			return null;
		}
		int len = w.length();
		if (len >= 3 && len <= 4 && Character.isDigit(w.charAt(0))) {
			String suffix = w.substring(len - 2);
			if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
				int value = 0;
				for (int k = 0; k < len - 2; k++) {
					char c = w.charAt(k);
					if (c < '0' || c > '9') {
						return null;
					}
					value = value * 10 + (c - '0');
				}
				return new SpokenNumber(value, 1);
			}
		}
		return null;
	}

	/** The cleaned transcript, lower-cased, one space between tokens. */
	String normalized() {
		return String.join(" ", this.words);
	}

	/** One token written as two, or in another spelling: "p m", "o clock", "uh huh". */
	private record Joined(String word, boolean withNext) {
	}

}
