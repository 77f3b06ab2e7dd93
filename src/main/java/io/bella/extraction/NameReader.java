package io.bella.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the patient's name: after "my name is", "this is", "I'm", "it's ... speaking",
 * "first name ... last name ...", for someone else ("it's for my son, his name is ..."),
 * or as a bare answer when the dialogue asked for a name. Letters spelled out win over
 * the heard spelling.
 */
final class NameReader {

	/** Words that never start or continue a name. */
	static final Set<String> STOP = WordLists.words("name-stop-words.txt");

	private static final Set<String> RELATIVES = WordLists.words("relatives.txt");

	private static final Set<String> LEAD_INS = WordLists.words("name-lead-ins.txt");

	private NameReader() {
	}

	/** Name words found by one cue: token indices, in order. */
	private static final class Found {

		final int[] at = new int[4];

		final String[] parts = new String[4];

		int count;

		void add(int index, String part) {
			if (this.count < this.at.length) {
				this.at[this.count] = index;
				this.parts[this.count] = part;
				this.count++;
			}
		}

		String join() {
			if (this.count == 0) {
				return null;
			}
			if (this.count == 3 && this.parts[0].equalsIgnoreCase(this.parts[2])) {
				// "Gagnon, Luc Gagnon": the surname said first, then the whole name
				return this.parts[1] + " " + this.parts[2];
			}
			StringBuilder sb = new StringBuilder();
			for (int k = 0; k < this.count; k++) {
				if (k > 0) {
					sb.append(' ');
				}
				sb.append(this.parts[k]);
			}
			return sb.toString();
		}

	}

	static String read(Transcript t, Expectation expect) {
		int n = t.size;
		Found own = null;
		Found other = null;
		String first = null;
		String last = null;
		for (int i = 0; i < n; i++) {
			String w = t.words[i];
			String next = t.word(i + 1);
			if ((w.equals("his") || w.equals("her") || w.equals("their")) && next.equals("name")
					&& (t.is(i + 2, "is") || t.is(i + 2, "'s"))) {
				Found f = words(t, i + 3, 3, false);
				if (f.count > 0) {
					other = f;
				}
			}
			else if ((w.equals("patient's") || w.equals("patient")) && next.equals("name") && t.is(i + 2, "is")) {
				Found f = words(t, i + 3, 3, false);
				if (f.count > 0) {
					other = f;
				}
			}
			else if (w.equals("my") && RELATIVES.contains(next) && other == null) {
				int j = i + 2;
				if (t.is(j, "who's") || t.is(j, "named") || t.is(j, "called")) {
					j++;
				}
				Found f = words(t, j, 3, true);
				if (f.count > 0) {
					other = f;
				}
			}
			else if (w.equals("first") && next.equals("name")) {
				int j = i + 2;
				if (t.is(j, "is") || t.is(j, "'s")) {
					j++;
				}
				Found f = words(t, j, 1, false);
				if (f.count > 0) {
					first = f.join();
					spell(t, f, f.at[0] + 1);
					first = f.join();
				}
			}
			else if ((w.equals("last") || w.equals("family")) && next.equals("name") || w.equals("surname")) {
				int j = w.equals("surname") ? i + 1 : i + 2;
				if (t.is(j, "is") || t.is(j, "'s")) {
					j++;
				}
				Found f = words(t, j, 2, false);
				if (f.count > 0) {
					spell(t, f, f.at[f.count - 1] + 1);
					last = f.join();
				}
				else {
					String spelled = spelledAt(t, j);
					if (spelled != null) {
						last = spelled;
					}
				}
			}
			else if (own == null && (w.equals("name") && (next.equals("is") || next.equals("'s")) || w.equals("name's")
					|| w.equals("names") && !next.isEmpty())) {
				if (t.is(i - 1, "first") || t.is(i - 1, "last") || t.is(i - 1, "his") || t.is(i - 1, "her")
						|| t.is(i - 1, "their") || t.is(i - 1, "family")) {
					continue;
				}
				int j = w.equals("name") ? i + 2 : i + 1;
				Found f = words(t, j, 3, false);
				if (f.count > 0) {
					own = f;
				}
			}
			else if (own == null && w.equals("this") && next.equals("is")) {
				Found f = words(t, i + 2, 3, false);
				if (f.count > 0) {
					own = f;
				}
			}
			else if (own == null && (w.equals("i'm") || w.equals("im") || w.equals("i") && next.equals("am"))) {
				int j = w.equals("i") ? i + 2 : i + 1;
				Found f = words(t, j, 3, true);
				if (f.count > 0) {
					own = f;
				}
			}
			else if (own == null && (w.equals("it's") || w.equals("its") || w.equals("it") && next.equals("is"))) {
				int j = w.equals("it") ? i + 2 : i + 1;
				Found f = words(t, j, 3, !speakingAfter(t, j));
				if (f.count > 0 && (speakingAfter(t, j) || expect == Expectation.NAME || capitalized(t, f))) {
					own = f;
				}
			}
			else if (own == null && (w.equals("call") && next.equals("me")
					|| w.equals("under") && (next.equals("the") && t.is(i + 2, "name") || !next.isEmpty()))) {
				int j = w.equals("call") ? i + 2 : next.equals("the") ? i + 3 : i + 1;
				if (t.is(j, "of")) {
					j++;
				}
				Found f = words(t, j, 3, w.equals("under") && !next.equals("the"));
				if (f.count > 0) {
					own = f;
				}
			}
		}
		if (own == null && other == null && first == null && last == null) {
			own = bare(t, expect);
		}
		if (own == null && other == null && first == null && last == null) {
			own = beforeSpeaking(t);
		}
		if (own != null) {
			spell(t, own, own.at[own.count - 1] + 1);
		}
		if (other != null) {
			spell(t, other, other.at[other.count - 1] + 1);
			return other.join();
		}
		if (first != null || last != null) {
			if (first != null && last != null) {
				return first + " " + last;
			}
			if (last != null && own != null && own.count == 1 && !own.parts[0].equalsIgnoreCase(last)) {
				return own.parts[0] + " " + last;
			}
			if (first != null && own != null && own.count >= 1 && own.parts[0].equalsIgnoreCase(first)) {
				return own.join();
			}
			if (first != null && own != null && own.count == 1) {
				// "it's Tremblay, first name Marie-Ève": the surname came first
				return first + " " + own.parts[0];
			}
			return (first != null) ? first : last;
		}
		if (own != null) {
			return own.join();
		}
		String spelled = firstSpelled(t, expect);
		return spelled;
	}

	private static boolean speakingAfter(Transcript t, int j) {
		for (int k = j; k < j + 4 && k < t.size; k++) {
			if (t.words[k].equals("speaking") || t.words[k].equals("calling") || t.words[k].equals("here")) {
				return true;
			}
		}
		return false;
	}

	private static boolean capitalized(Transcript t, Found f) {
		if (!t.anyUpperCase) {
			return false;
		}
		for (int k = 0; k < f.count; k++) {
			if (!Character.isUpperCase(t.raw[f.at[k]].charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A bare answer to "what's your name?": the words left after lead-ins, if they look
	 * like a name.
	 */
	private static Found bare(Transcript t, Expectation expect) {
		if (expect != Expectation.NAME) {
			return null;
		}
		int j = 0;
		while (j < t.size && LEAD_INS.contains(t.words[j])) {
			j++;
		}
		Found f = words(t, j, 3, false);
		return (f.count > 0) ? f : null;
	}

	/**
	 * "Sarah speaking", "hi, Raj Singh here": the words before, at the start of the turn.
	 */
	private static Found beforeSpeaking(Transcript t) {
		int j = 0;
		while (j < t.size && (t.words[j].equals("hi") || t.words[j].equals("hello") || t.words[j].equals("hey")
				|| t.words[j].equals("yeah") || t.words[j].equals("yes") || t.words[j].equals("oh"))) {
			j++;
		}
		Found f = words(t, j, 3, false);
		int end = j + f.count;
		if (f.count > 0 && (t.is(end, "speaking") || t.is(end, "here") && !t.is(end + 1, "for"))) {
			return f;
		}
		return null;
	}

	/**
	 * Up to {@code max} name words from j; strict asks for capitals when the transcript
	 * has any.
	 */
	private static Found words(Transcript t, int j, int max, boolean strict) {
		Found f = new Found();
		int k = j;
		while (k < t.size && f.count < max) {
			String w = t.words[k];
			if (f.count > 0 && (w.length() == 1 || w.equals("spelled"))) {
				int q = w.equals("spelled") ? k + 1 : k;
				String spelled = spelledAt(t, q);
				if (spelled == null) {
					break;
				}
				replace(f, spelled);
				k = q + spelled.length();
				continue;
			}
			if (!isNameWord(w)) {
				break;
			}
			if (strict && (t.anyUpperCase ? !Character.isUpperCase(t.raw[k].charAt(0)) : w.endsWith("ing"))) {
				break;
			}
			f.add(k, proper(t.raw[k]));
			k++;
		}
		if (f.count == 0) {
			String spelled = spelledAt(t, j);
			if (spelled != null) {
				f.add(j, spelled);
			}
		}
		return f;
	}

	private static boolean isNameWord(String w) {
		if (w.length() < 2 || STOP.contains(w) || WhenWords.WEEKDAYS.containsKey(w) || WhenWords.MONTHS.containsKey(w)
				|| Transcript.CARDINALS.containsKey(w) || Transcript.ORDINALS.containsKey(w)) {
			return false;
		}
		for (int k = 0; k < w.length(); k++) {
			char c = w.charAt(k);
			if (!Character.isLetter(c) && c != '\'' && c != '-') {
				return false;
			}
		}
		return true;
	}

	/** The spelled-out word starting at j ("n g u y e n" → "Nguyen"), or null. */
	private static String spelledAt(Transcript t, int j) {
		int k = j;
		StringBuilder sb = new StringBuilder();
		while (k < t.size && t.words[k].length() == 1 && Character.isLetter(t.words[k].charAt(0))) {
			sb.append(t.words[k]);
			k++;
		}
		if (sb.length() < 2 || sb.length() < 3 && !t.is(j - 1, "spelled")) {
			return null;
		}
		return Character.toUpperCase(sb.charAt(0)) + sb.substring(1).toLowerCase(Locale.ROOT);
	}

	/** Replaces the name word nearest before a spelled-out run that follows it. */
	private static void spell(Transcript t, Found f, int from) {
		int k = from;
		while (k < t.size && k < from + 4
				&& (t.words[k].equals("spelled") || t.words[k].equals("that's") || t.words[k].equals("that")
						|| t.words[k].equals("is") || t.words[k].equals("it's") || t.words[k].equals("spell")
						|| t.words[k].equals("it") || t.words[k].equals("as"))) {
			k++;
		}
		String spelled = spelledAt(t, k);
		if (spelled == null) {
			// allow "Nguyen ... that's N G U Y E N" a few words later
			for (int s = from; s < t.size && s < from + 8; s++) {
				if (t.words[s].equals("spelled")
						|| t.words[s].equals("that's") && s + 1 < t.size && t.words[s + 1].length() == 1) {
					int q = s + 1;
					while (q < t.size && (t.words[q].equals("spelled") || t.words[q].equals("is"))) {
						q++;
					}
					spelled = spelledAt(t, q);
					if (spelled != null) {
						break;
					}
				}
			}
		}
		if (spelled == null || f.count == 0) {
			return;
		}
		replace(f, spelled);
	}

	private static void replace(Found f, String spelled) {
		int target = f.count - 1;
		char initial = Character.toLowerCase(spelled.charAt(0));
		for (int q = f.count - 1; q >= 0; q--) {
			if (Character.toLowerCase(f.parts[q].charAt(0)) == initial) {
				target = q;
				break;
			}
		}
		f.parts[target] = spelled;
	}

	/** A spelled name with nothing else, when the dialogue asked for a name. */
	private static String firstSpelled(Transcript t, Expectation expect) {
		for (int i = 0; i < t.size; i++) {
			if (t.words[i].length() == 1 && Character.isLetter(t.words[i].charAt(0))) {
				String s = spelledAt(t, i);
				if (s != null && s.length() >= 3 && (expect == Expectation.NAME || t.is(i - 1, "spelled"))) {
					return s;
				}
				while (i < t.size && t.words[i].length() == 1) {
					i++;
				}
			}
		}
		return null;
	}

	/**
	 * The heard spelling if it has capitals, else capitalized after spaces, hyphens and
	 * apostrophes.
	 */
	static String proper(String raw) {
		for (int k = 0; k < raw.length(); k++) {
			if (Character.isUpperCase(raw.charAt(k))) {
				return raw;
			}
		}
		StringBuilder sb = new StringBuilder(raw.length());
		boolean up = true;
		for (int k = 0; k < raw.length(); k++) {
			char c = raw.charAt(k);
			sb.append(up ? Character.toUpperCase(c) : c);
			up = c == '-' || c == '\'' && k == 1;
		}
		return sb.toString();
	}

}
