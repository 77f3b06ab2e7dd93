package io.bella.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads a patient's text as one of the words Bella answers
 * ({@code messaging/sms-reply-words.txt}): the whole text, trimmed of spaces and
 * punctuation, in any case. Anything else is {@link Meaning#OTHER}.
 */
final class SmsReplyWords {

	private static final Pattern AROUND = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

	private final Map<String, Meaning> words;

	private SmsReplyWords(Map<String, Meaning> words) {
		this.words = Map.copyOf(words);
	}

	static SmsReplyWords load() {
		String text;
		try {
			text = new ClassPathResource("messaging/sms-reply-words.txt").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Meaning> words = new HashMap<>();
		for (String line : text.split("\n")) {
			String entry = line.strip();
			if (entry.isEmpty() || entry.startsWith("#")) {
				continue;
			}
			int colon = entry.indexOf(':');
			Meaning meaning = Meaning.valueOf(entry.substring(0, colon).strip().toUpperCase(Locale.ROOT));
			for (String word : entry.substring(colon + 1).split(",")) {
				words.put(word.strip().toUpperCase(Locale.ROOT), meaning);
			}
		}
		return new SmsReplyWords(words);
	}

	Meaning meaning(String body) {
		String word = AROUND.matcher((body != null) ? body : "").replaceAll("").toUpperCase(Locale.ROOT);
		return this.words.getOrDefault(word, Meaning.OTHER);
	}

	/** What a text asks for. */
	enum Meaning {

		CONFIRM, RESCHEDULE, STOP, START, HELP, OTHER

	}

}
