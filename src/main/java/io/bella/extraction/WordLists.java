package io.bella.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the fixed vocabularies of the rules from plain-text resources under
 * {@code extraction/}: one word or phrase a line, {@code #} starts a comment, and
 * {@code phrase = value} where a word stands for something.
 */
final class WordLists {

	private static final String FOLDER = "/extraction/";

	private WordLists() {
	}

	/**
	 * Every word or phrase of the list, in a hash set: most look-ups are of words not in
	 * it, which a hash set answers fastest.
	 */
	static Set<String> words(String name) {
		return Collections.unmodifiableSet(new HashSet<>(lines(name)));
	}

	/**
	 * Every {@code phrase = value} line of the list, in the order written; a phrase
	 * listed twice is a mistake in the list.
	 */
	static Map<String, String> pairs(String name) {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String line : lines(name)) {
			int equals = line.indexOf('=');
			if (equals < 0) {
				throw new IllegalStateException(name + ": '" + line + "' is not 'phrase = value'");
			}
			String phrase = line.substring(0, equals).strip();
			if (pairs.put(phrase, line.substring(equals + 1).strip()) != null) {
				throw new IllegalStateException(name + ": '" + phrase + "' is listed twice");
			}
		}
		return Collections.unmodifiableMap(pairs);
	}

	/**
	 * Every {@code phrase = value} line of the list, with the value read by
	 * {@code value}.
	 */
	static <V> Map<String, V> pairs(String name, Function<String, V> value) {
		Map<String, V> read = new HashMap<>();
		pairs(name).forEach((phrase, said) -> read.put(phrase, value.apply(said)));
		return Collections.unmodifiableMap(read);
	}

	/** The lines of the list without comments and blank lines, in the order written. */
	static List<String> lines(String name) {
		InputStream in = WordLists.class.getResourceAsStream(FOLDER + name);
		if (in == null) {
			throw new IllegalStateException("No word list " + FOLDER + name + " on the class path");
		}
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int comment = line.indexOf('#');
				String text = ((comment >= 0) ? line.substring(0, comment) : line).strip();
				if (!text.isEmpty()) {
					lines.add(text);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
