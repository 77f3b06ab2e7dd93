package io.bella.dialogue;

/**
 * What the caller said in one turn, as the recognizer heard it.
 *
 * @param text the transcript; {@code null} or blank when the caller said nothing
 * @param confidence the recognizer's confidence, 0 to 1
 */
public record Utterance(String text, double confidence) {

	public static Utterance silence() {
		return new Utterance(null, 0);
	}

	public boolean isSilence() {
		return this.text == null || this.text.isBlank();
	}

}
