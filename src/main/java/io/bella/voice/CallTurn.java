package io.bella.voice;

import java.time.Instant;

import io.bella.dialogue.Reply;
import io.bella.system.ModelUsage;

/**
 * One exchange of a call: what the caller said and what Bella answered.
 *
 * @param turn the turn number, 0 being the greeting
 * @param heard what the recognizer heard, {@code null} for the greeting or silence
 * @param confidence the recognizer's confidence, {@code null} when nothing was heard
 * @param said what Bella said
 * @param action what Bella did after speaking
 * @param latencyMs Bella's server time for the turn in milliseconds
 * @param fallback whether this was the apology for a failure or a timeout
 * @param at when the turn was answered
 * @param llm the tokens the language model charged for reading what was heard;
 * {@link ModelUsage#NONE} when it was not asked
 */
public record CallTurn(int turn, String heard, Double confidence, String said, Reply.Action action, long latencyMs,
		boolean fallback, Instant at, ModelUsage llm) {

	public CallTurn {
		llm = (llm != null) ? llm : ModelUsage.NONE;
	}

	/**
	 * Whether Bella listened for the caller's answer after this turn, so that Twilio ran
	 * a speech recognition ({@code <Gather input="speech">}).
	 */
	public boolean listened() {
		return this.action == Reply.Action.LISTEN;
	}

}
