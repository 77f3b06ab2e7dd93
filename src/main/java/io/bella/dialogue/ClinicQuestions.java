package io.bella.dialogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hears which of the clinic's topics a caller asks about — its hours, where it is,
 * parking, prices, insurance, what to bring, or any topic the clinic keeps a fact on —
 * from the phrases in {@code dialogue/question-topics.txt} and the cues that make a turn
 * a question ({@code dialogue/question-cues.txt}).
 */
final class ClinicQuestions {

	/** The fact with the instructions for emergencies when the clinic is closed. */
	static final String AFTER_HOURS = "after_hours";

	private static final List<Topic> TOPICS = lines("question-topics.txt").stream().map(Topic::parse).toList();

	private static final List<String> CUES = lines("question-cues.txt");

	/** Words a clinic's own fact topic may hold that say nothing about what it is. */
	private static final Set<String> EMPTY_WORDS = Set.of("what", "to", "the", "a", "an", "of", "and", "for", "my",
			"your", "do", "i", "is", "on", "in", "at", "with");

	/**
	 * Words of a turn that only checks the line ("are you there?", "can you hear me?").
	 */
	private static final Set<String> ON_THE_LINE = Set.of("hello", "there", "anyone", "anybody", "someone", "somebody",
			"still", "hear", "this", "that", "what", "what's", "where", "when", "which", "does", "could", "would",
			"should", "will", "want", "know", "tell", "please", "sorry", "wondering", "like", "have", "your");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9'\\-]+");

	private ClinicQuestions() {
	}

	/**
	 * The topics the turn asks about, in the order listed, then the clinic's own fact
	 * topics it names; empty when the turn asks nothing about the clinic.
	 * @param said what the caller said
	 * @param factTopics the topics the clinic keeps facts on
	 */
	static List<Topic> asked(String said, Collection<String> factTopics) {
		String text = words(said);
		if (!said.contains("?") && CUES.stream().noneMatch((cue) -> holds(text, cue))) {
			return List.of();
		}
		List<Topic> asked = new ArrayList<>();
		for (Topic topic : TOPICS) {
			if (topic.phrases().stream().anyMatch((phrase) -> holds(text, phrase))) {
				asked.add(topic);
			}
		}
		for (String fact : factTopics) {
			String key = fact.toLowerCase(Locale.ROOT).strip();
			if (key.equals(AFTER_HOURS) || TOPICS.stream().anyMatch((topic) -> topic.facts().contains(key))) {
				continue;
			}
			List<String> content = Arrays.stream(key.split("[\\s_\\-]+"))
				.filter((word) -> !word.isEmpty() && !EMPTY_WORDS.contains(word))
				.toList();
			if (!content.isEmpty() && content.stream().allMatch((word) -> holds(text, word))) {
				asked.add(new Topic(key, List.of(key), List.of()));
			}
		}
		return asked;
	}

	/**
	 * Whether a question asks for something (words beyond checking the line), so that
	 * staff may answer what Bella cannot.
	 */
	static boolean asksSomething(String said) {
		String text = words(said);
		if (!said.contains("?") && CUES.stream().noneMatch((cue) -> holds(text, cue))) {
			return false;
		}
		return Arrays.stream(text.strip().split(" "))
			.anyMatch((word) -> word.length() >= 4 && !ON_THE_LINE.contains(word));
	}

	/**
	 * The turn as lower-case words between single spaces, with a space at each end.
	 */
	static String words(String said) {
		return " " + NOT_A_WORD.matcher(said.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
	}

	static boolean holds(String words, String phrase) {
		return words.contains(" " + phrase + " ");
	}

	private static List<String> lines(String name) {
		InputStream in = ClinicQuestions.class.getResourceAsStream("/dialogue/" + name);
		if (in == null) {
			throw new IllegalStateException("No list /dialogue/" + name + " on the class path");
		}
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(trimmed.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/**
	 * A topic callers ask about.
	 *
	 * @param name the topic's name ("hours", "parking", or the clinic's own fact topic)
	 * @param facts the clinic fact topics it is answered from, in order of preference
	 * @param phrases what callers say when they ask about it
	 */
	record Topic(String name, List<String> facts, List<String> phrases) {

		static Topic parse(String line) {
			String[] parts = line.split("\\|");
			return new Topic(parts[0].strip(), list(parts[1]), list(parts[2]));
		}

		private static List<String> list(String part) {
			return Arrays.stream(part.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		boolean is(String name) {
			return this.name.equals(name);
		}

	}

}
