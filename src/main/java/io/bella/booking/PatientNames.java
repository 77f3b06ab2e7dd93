package io.bella.booking;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one reading of a patient's name that decides whether two records are the same
 * person: "Émily Roy", "emily roy" and "Emily Roy." have the same key. The key is stored
 * with each patient ({@code patient.name_key}) and unique with the phone number, so it
 * must never change for a name once written; a change needs a migration that recomputes
 * every key.
 */
public final class PatientNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	// whitespace, hyphens and dashes separate words: "Marie-Claire" is "marie claire"
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Pd}_]+");

	// any other punctuation is dropped: "J.P." is "jp", "O'Neil" is "oneil"
	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N} ]+");

	private PatientNames() {
	}

	/**
	 * The name without accents, case, punctuation or repeated spaces; empty when it holds
	 * no letter or digit.
	 */
	public static String key(String name) {
		if (name == null) {
			return "";
		}
		String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		String spaced = SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ");
		return NOT_LETTERS.matcher(spaced).replaceAll("").trim().replaceAll(" +", " ");
	}

	/**
	 * The words of the name's key, in order.
	 */
	public static List<String> words(String name) {
		String key = key(name);
		return key.isEmpty() ? List.of() : List.of(key.split(" "));
	}

	/**
	 * Whether the two names are the same person's name.
	 */
	public static boolean same(String name, String other) {
		return key(name).equals(key(other));
	}

}
