package io.bella.dialogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a caller's name back the way they gave it: spelled letter by letter when they
 * spelled it ("S I O B H A N, O apostrophe S U L L I V A N"), and takes a corrected name
 * in its place.
 */
final class NameReadback {

	/** Three letters in a row, or a name corrected by one letter ("with a C"). */
	private static final Pattern SPELLED = Pattern
		.compile("(\\b[a-z]\\b[\\s,.\\-]*){3,}|\\bwith(out)? (a|an|the) [a-z]\\b|\\bspelled\\b");

	private NameReadback() {
	}

	/**
	 * Whether the caller spelled their name, in full or by a letter.
	 */
	static boolean wasSpelled(String said) {
		return SPELLED.matcher(said.toLowerCase(Locale.ROOT)).find();
	}

	/**
	 * "S I O B H A N, O apostrophe S U L L I V A N, Smith hyphen Jones" spelled out.
	 */
	static String spelling(String name) {
		StringBuilder sb = new StringBuilder();
		for (String word : name.strip().split("\\s+")) {
			if (!sb.isEmpty()) {
				sb.append(", ");
			}
			for (int k = 0; k < word.length(); k++) {
				char c = word.charAt(k);
				if (k > 0) {
					sb.append(' ');
				}
				sb.append((c == '\'') ? "apostrophe"
						: (c == '-') ? "hyphen" : String.valueOf(c).toUpperCase(Locale.ROOT));
			}
		}
		return sb.toString();
	}

	/**
	 * The name on record with a corrected name put in: all of it when the correction is a
	 * whole name, else the word it corrects (the one that begins alike, else the first).
	 */
	static String corrected(String before, String correction) {
		String[] words = before.strip().split("\\s+");
		String[] fix = correction.strip().split("\\s+");
		if (fix.length > 1 || words.length == 1) {
			return correction.strip();
		}
		int target = 0;
		for (int k = 0; k < words.length; k++) {
			if (alike(words[k], fix[0])) {
				target = k;
				break;
			}
		}
		words[target] = fix[0];
		return String.join(" ", words);
	}

	private static boolean alike(String a, String b) {
		char x = Character.toLowerCase(a.charAt(0));
		char y = Character.toLowerCase(b.charAt(0));
		return x == y || "ck".indexOf(x) >= 0 && "ck".indexOf(y) >= 0;
	}

}
