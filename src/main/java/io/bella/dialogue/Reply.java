package io.bella.dialogue;

import io.bella.extraction.Expectation;

/**
 * What Bella says and does next in a call, independent of the transport that carries it.
 *
 * @param speech what Bella says
 * @param action what happens after speaking
 * @param expect what Bella just asked for, so the next answer is read as that; may be
 * {@code null}
 * @param transferNumber the number to dial when {@code action} is {@link Action#TRANSFER}
 */
public record Reply(String speech, Action action, Expectation expect, String transferNumber) {

	public static Reply ask(String speech, Expectation expect) {
		return new Reply(speech, Action.LISTEN, expect, null);
	}

	public static Reply transfer(String speech, String number) {
		return new Reply(speech, Action.TRANSFER, null, number);
	}

	public static Reply takeMessage(String speech) {
		return new Reply(speech, Action.TAKE_MESSAGE, null, null);
	}

	public static Reply hangUp(String speech) {
		return new Reply(speech, Action.HANG_UP, null, null);
	}

	/**
	 * What the transport does once Bella has spoken.
	 */
	public enum Action {

		/** Listen for the caller's next utterance. */
		LISTEN,
		/** Connect the caller to a person at {@link Reply#transferNumber()}. */
		TRANSFER,
		/** Record a voicemail for staff to call back. */
		TAKE_MESSAGE,
		/** End the call. */
		HANG_UP

	}

}
