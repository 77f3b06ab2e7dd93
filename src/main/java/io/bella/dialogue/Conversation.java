package io.bella.dialogue;

import io.bella.extraction.Expectation;

/**
 * Where the dialogue of a call stands: what Bella asked last, and how the caller has been
 * getting on since.
 *
 * @param stage what Bella asked last, and so how the next utterance is read; {@code null}
 * is read as {@link DialogueStage#INTENT}
 * @param lastPrompt the question Bella asked last, repeated when the caller was not heard
 * @param lastExpect what that question asked for; may be {@code null}
 * @param failures consecutive utterances Bella could not make sense of
 * @param silences consecutive turns in which the caller said nothing
 * @param handoffOffered whether Bella just offered the front desk or a message
 */
public record Conversation(DialogueStage stage, String lastPrompt, Expectation lastExpect, int failures, int silences,
		boolean handoffOffered) {

	static final Conversation START = new Conversation(DialogueStage.INTENT, null, null, 0, 0, false);

	Conversation asked(DialogueStage stage, String prompt, Expectation expect) {
		return new Conversation(stage, prompt, expect, this.failures, this.silences, this.handoffOffered);
	}

	Conversation at(DialogueStage stage) {
		return new Conversation(stage, this.lastPrompt, this.lastExpect, this.failures, this.silences,
				this.handoffOffered);
	}

	Conversation withFailures(int failures) {
		return new Conversation(this.stage, this.lastPrompt, this.lastExpect, failures, this.silences,
				this.handoffOffered);
	}

	Conversation withSilences(int silences) {
		return new Conversation(this.stage, this.lastPrompt, this.lastExpect, this.failures, silences,
				this.handoffOffered);
	}

	Conversation withHandoffOffered(boolean handoffOffered) {
		return new Conversation(this.stage, this.lastPrompt, this.lastExpect, this.failures, this.silences,
				handoffOffered);
	}

}
