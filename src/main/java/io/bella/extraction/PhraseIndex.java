package io.bella.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many fixed phrases occur in a transcript with one hash lookup per token:
 * phrases are indexed by their first word, and each category of phrases is one bit of the
 * answer.
 */
final class PhraseIndex {

	private final Map<String, Entry[]> byFirstWord;

	private PhraseIndex(Map<String, Entry[]> byFirstWord) {
		this.byFirstWord = byFirstWord;
	}

	/**
	 * Phrases are words separated by single spaces; for {@link #match} categories are bit
	 * positions 0..63.
	 */
	static PhraseIndex of(String[][] categories) {
		Map<String, List<Entry>> index = new HashMap<>();
		for (int c = 0; c < categories.length; c++) {
			for (String phrase : categories[c]) {
				String[] words = phrase.strip().split(" ");
				index.computeIfAbsent(words[0], (k) -> new ArrayList<>()).add(new Entry(words, c));
			}
		}
		Map<String, Entry[]> frozen = new HashMap<>();
		index.forEach((word, entries) -> frozen.put(word, entries.toArray(new Entry[0])));
		return new PhraseIndex(frozen);
	}

	/**
	 * Bit c is set when a phrase of category c starts at a token at or after
	 * {@code from}.
	 */
	long match(Transcript t, int from) {
		long mask = 0;
		for (int i = from; i < t.size; i++) {
			Entry[] entries = this.byFirstWord.get(t.words[i]);
			if (entries == null) {
				continue;
			}
			for (Entry e : entries) {
				if ((mask & (1L << e.category)) == 0 && matchesAt(t, i, e.words)) {
					mask |= 1L << e.category;
				}
			}
		}
		return mask;
	}

	/** The lowest category of a phrase in the transcript, or -1. */
	int first(Transcript t) {
		int first = -1;
		for (int i = 0; i < t.size; i++) {
			Entry[] entries = this.byFirstWord.get(t.words[i]);
			if (entries == null) {
				continue;
			}
			for (Entry e : entries) {
				if ((first < 0 || e.category < first) && matchesAt(t, i, e.words)) {
					first = e.category;
				}
			}
		}
		return first;
	}

	/** Bit c is set when a phrase of category c starts the transcript. */
	long matchStart(Transcript t) {
		long mask = 0;
		if (t.size == 0) {
			return 0;
		}
		Entry[] entries = this.byFirstWord.get(t.words[0]);
		if (entries != null) {
			for (Entry e : entries) {
				if (matchesAt(t, 0, e.words)) {
					mask |= 1L << e.category;
				}
			}
		}
		return mask;
	}

	private static boolean matchesAt(Transcript t, int i, String[] words) {
		if (i + words.length > t.size) {
			return false;
		}
		for (int k = 1; k < words.length; k++) {
			if (!t.words[i + k].equals(words[k])) {
				return false;
			}
		}
		return true;
	}

	private record Entry(String[] words, int category) {
	}

}
