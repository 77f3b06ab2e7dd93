package io.bella.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name spelled out letter by letter ("S I O B H A N", "s-i-o-b-h-a-n", "O apostrophe S
 * U L L I V A N", "capital M c capital D o n a l d", "s as in Sam") put back together and
 * cased as names are (O'Sullivan, McDonald, MacLeod, Smith-Jones).
 */
final class SpelledName {

	/** Letters as recognizers write them spelled out loud: "bee", "ess", "zed". */
	private static final Map<String, String> LETTER_NAMES = WordLists.pairs("letter-names.txt");

	/** What follows "Mac" with a capital of its own: MacLeod, MacDonald. */
	private static final Set<String> MAC_NAMES = WordLists.words("mac-names.txt");

	/** Words between the spelled words of a name: "S A M, then S M I T H". */
	private static final Set<String> BREAKS = Set.of("space", "then", "and", "comma", "last", "surname", "name");

	private final Transcript t;

	private final List<String> words = new ArrayList<>();

	private final StringBuilder word = new StringBuilder();

	/**
	 * Whether the caller said which letters are capitals; else names are cased by rule.
	 */
	private boolean capitals;

	private boolean nextCapital;

	private int letters;

	private SpelledName(Transcript t) {
		this.t = t;
	}

	/**
	 * The name spelled out from token {@code j}, or {@code null} when no spelling starts
	 * there; two letters are a spelling only after "spelled".
	 */
	static Spelling at(Transcript t, int j) {
		// most turns spell nothing: no reader is made for them
		boolean letterFirst = j >= 0 && j < t.size && t.words[j].length() == 1
				&& Character.isLetter(t.words[j].charAt(0)) || t.is(j, "capital") || t.is(j, "uppercase")
				|| t.is(j, "big");
		return letterFirst ? new SpelledName(t).read(j) : null;
	}

	private Spelling read(int j) {
		int k = j;
		int end = j;
		while (k < this.t.size) {
			String w = this.t.words[k];
			String letter = letter(k);
			if (letter != null) {
				if (w.equals("o") && this.t.is(k + 1, "apostrophe") && this.word.length() >= 2) {
					// "S I O B H A N O apostrophe S U L L I V A N": O' starts a surname
					breakWord();
				}
				add(letter, this.nextCapital);
				k += (this.t.is(k + 1, "as") && this.t.is(k + 2, "in") && k + 3 < this.t.size) ? 4 : 1;
				end = k;
			}
			else if ((w.equals("capital") || w.equals("uppercase") || w.equals("big")) && letter(k + 1) != null) {
				this.capitals = true;
				boolean again = this.word.length() >= 2 && letter(k + 2) == null
						&& Character.toLowerCase(this.word.charAt(0)) == letter(k + 1).charAt(0);
				this.nextCapital = !again;
				k += again ? 2 : 1;
				end = again ? k : end;
			}
			else if (w.equals("double") && letter(k + 1) != null) {
				add(letter(k + 1), false);
				k++;
			}
			else if ((w.equals("apostrophe") || w.equals("hyphen") || w.equals("dash")) && this.word.length() > 0
					&& letter(k + 1) != null) {
				this.word.append(w.equals("apostrophe") ? '\'' : '-');
				k++;
			}
			else if (BREAKS.contains(w) && this.letters > 0 && startsSpelling(k + 1)) {
				breakWord();
				k++;
			}
			else {
				break;
			}
		}
		breakWord();
		if (this.letters < 2 || this.letters < 3 && !this.t.is(j - 1, "spelled")) {
			return null;
		}
		return new Spelling(List.copyOf(this.words), end);
	}

	/** Whether a spelled letter follows from k, past any further break words. */
	private boolean startsSpelling(int k) {
		int q = k;
		while (q < this.t.size && BREAKS.contains(this.t.words[q])) {
			q++;
		}
		return letter(q) != null && (letter(q + 1) != null || this.t.is(q + 1, "apostrophe"));
	}

	/**
	 * The letter token k stands for: a single letter, or a letter's spoken name inside a
	 * run of letters.
	 */
	private String letter(int k) {
		if (k < 0 || k >= this.t.size) {
			return null;
		}
		String w = this.t.words[k];
		if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
			return w;
		}
		String named = LETTER_NAMES.get(w);
		boolean inRun = this.letters > 0 && k + 1 < this.t.size && this.t.words[k + 1].length() == 1;
		return (named != null && inRun) ? named : null;
	}

	private void add(String letter, boolean capital) {
		this.word.append(capital ? letter.toUpperCase(Locale.ROOT) : letter);
		this.nextCapital = false;
		this.letters++;
	}

	private void breakWord() {
		if (this.word.length() == 0) {
			return;
		}
		String w = this.word.toString();
		this.words.add(this.capitals ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : cased(w));
		this.word.setLength(0);
	}

	/**
	 * A name as names are written, whatever case it came in: Nguyen, Smith-Jones,
	 * O'Sullivan, D'Arcy, McDonald, MacLeod (but Macy).
	 */
	static String cased(String name) {
		String[] parts = name.toLowerCase(Locale.ROOT).split("-", -1);
		StringBuilder sb = new StringBuilder(name.length());
		for (int p = 0; p < parts.length; p++) {
			if (p > 0) {
				sb.append('-');
			}
			sb.append(casedPart(parts[p]));
		}
		return sb.toString();
	}

	private static String casedPart(String part) {
		if (part.length() > 2 && part.charAt(1) == '\'') {
			return Character.toUpperCase(part.charAt(0)) + "'" + capital(part.substring(2));
		}
		if (part.length() > 3 && part.startsWith("mc")) {
			return "Mc" + capital(part.substring(2));
		}
		if (part.length() > 4 && part.startsWith("mac") && MAC_NAMES.contains(part.substring(3))) {
			return "Mac" + capital(part.substring(3));
		}
		return capital(part);
	}

	private static String capital(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/**
	 * The words of a spelled name and the token after the spelling.
	 *
	 * @param words the spelled words, cased
	 * @param end the first token after the spelling
	 */
	record Spelling(List<String> words, int end) {

		String joined() {
			return String.join(" ", this.words);
		}

	}

}
