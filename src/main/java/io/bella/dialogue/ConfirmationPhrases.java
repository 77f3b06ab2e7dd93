package io.bella.dialogue;

/**
 * How Bella speaks of the phone number and the confirmation, so that she promises a text
 * only when texts are actually sent. The module that sends texts provides it as a bean;
 * without one, Bella promises no text.
 *
 * @param sameNumberQuestion asks whether the caller's own number will do
 * @param otherNumberQuestion asks for another number after a no
 * @param numberQuestion asks for a number when there is no usable caller ID
 * @param afterChange said once a booking or move is done
 */
public record ConfirmationPhrases(String sameNumberQuestion, String otherNumberQuestion, String numberQuestion,
		String afterChange) {

	public static ConfirmationPhrases of(boolean textsSent) {
		if (textsSent) {
			return new ConfirmationPhrases("Should I text the confirmation to the number you're calling from?",
					"What number should I text it to?", "What's the best number to text your confirmation to?",
					"We'll text you a confirmation. ");
		}
		return new ConfirmationPhrases("Can we reach you at the number you're calling from?",
				"What number can we reach you at?", "What's the best number to reach you at?", "");
	}

}
