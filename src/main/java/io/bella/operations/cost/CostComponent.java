package io.bella.operations.cost;

import java.util.Locale;

/**
 * What a line of the ledger paid for; the {@code component} of a cost line in the API.
 */
public enum CostComponent {

	/** Twilio's per-minute charge for taking the call. */
	TWILIO_VOICE,

	/** Twilio's speech recognition of each {@code <Gather input="speech">}. */
	TWILIO_SPEECH,

	/** Texts sent through Twilio, per segment. */
	SMS,

	/** The language model's tokens. */
	LLM,

	/** Voicemail transcription, per minute of recording. */
	WHISPER;

	/** The name in the ledger and the API ({@code twilio_voice}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static CostComponent of(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
