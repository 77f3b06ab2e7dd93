package io.bella.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Spellings given by a letter rather than in full: "Catherine with a C", "Steven with a p
 * h", "Jon without an h", "Sara with an h". The letter replaces the one that sounds like
 * it (c and k, ph, f and v, s and z, i and y), or is added, or taken out.
 */
final class NameCorrections {

	/** Letters callers use for one another, as in "Katherine with a C". */
	private static final List<List<String>> SOUNDS_ALIKE = List.of(List.of("c", "k"), List.of("ph", "f", "v"),
			List.of("s", "z"), List.of("i", "y"));

	private NameCorrections() {
	}

	/**
	 * The name with every "with a X" or "without an X" that follows one of its words
	 * applied to that word.
	 */
	static String corrected(String name, Transcript t) {
		if (name == null) {
			return null;
		}
		String[] parts = name.split(" ");
		for (int k = 1; k < t.size; k++) {
			int letterAt = letterAfter(t, k);
			if (letterAt < 0) {
				continue;
			}
			String letter = letter(t, letterAt);
			for (int p = 0; p < parts.length; p++) {
				if (parts[p].equalsIgnoreCase(t.words[k - 1])) {
					parts[p] = t.words[k].equals("with") ? with(parts[p], letter) : without(parts[p], letter);
					break;
				}
			}
		}
		return String.join(" ", parts);
	}

	/**
	 * Whether a spelling follows token k: "with a C", "without an h", or letters.
	 */
	static boolean spellingAfter(Transcript t, int k) {
		return letterAfter(t, k) >= 0 || SpelledName.at(t, k) != null
				|| t.is(k, "spelled") && SpelledName.at(t, k + 1) != null;
	}

	/**
	 * Where the letter of "with a X" or "without the X" at k is, or -1.
	 */
	private static int letterAfter(Transcript t, int k) {
		if (!t.is(k, "with") && !t.is(k, "without")) {
			return -1;
		}
		int q = k + 1;
		if ((t.is(q, "a") || t.is(q, "an") || t.is(q, "the")) && isLetter(t.word(q + 1))) {
			q++;
		}
		else if (t.is(q, "a") || t.is(q, "i")) {
			return -1;
		}
		return (isLetter(t.word(q)) && !isLetter(t.word(q + 1)) || t.is(q, "p") && t.is(q + 1, "h")) ? q : -1;
	}

	private static String letter(Transcript t, int q) {
		return (t.is(q, "p") && t.is(q + 1, "h")) ? "ph" : t.words[q];
	}

	private static boolean isLetter(String w) {
		return w.length() == 1 && Character.isLetter(w.charAt(0)) || w.equals("ph");
	}

	private static String with(String part, String letter) {
		String lower = part.toLowerCase(Locale.ROOT);
		if (lower.startsWith(letter) || lower.contains(letter)) {
			return part;
		}
		int best = -1;
		String replaced = null;
		for (String other : alike(letter)) {
			int at = lower.indexOf(other);
			if (at >= 0 && (best < 0 || at < best)) {
				best = at;
				replaced = other;
			}
		}
		if (replaced != null) {
			return SpelledName.cased(lower.substring(0, best) + letter + lower.substring(best + replaced.length()));
		}
		if (letter.equals("h") && !isVowel(lower.charAt(lower.length() - 1))) {
			// "Jon with an h": after the first vowel
			int vowel = 1;
			while (vowel < lower.length() && !isVowel(lower.charAt(vowel))) {
				vowel++;
			}
			int at = Math.min(vowel + 1, lower.length());
			return SpelledName.cased(lower.substring(0, at) + letter + lower.substring(at));
		}
		return SpelledName.cased(lower + letter);
	}

	private static boolean isVowel(char c) {
		return "aeiouy".indexOf(c) >= 0;
	}

	private static String without(String part, String letter) {
		String lower = part.toLowerCase(Locale.ROOT);
		int at = lower.lastIndexOf(letter);
		return (at > 0) ? SpelledName.cased(lower.substring(0, at) + lower.substring(at + letter.length())) : part;
	}

	private static List<String> alike(String letter) {
		for (List<String> group : SOUNDS_ALIKE) {
			if (group.contains(letter)) {
				return group.stream().filter((other) -> !other.equals(letter)).toList();
			}
		}
		return List.of();
	}

}
