package io.bella.dialogue;

import io.bella.booking.SmsOptOuts;

/**
 * The {@link ConfirmationPhrases} for a number: those that promise a text when texts are
 * sent, except to a number that opted out of texts (STOP), which gets none and so is
 * promised none.
 */
final class TextPromises {

	private static final ConfirmationPhrases NO_TEXT = ConfirmationPhrases.of(false);

	private final ConfirmationPhrases configured;

	private final SmsOptOuts optOuts;

	TextPromises(ConfirmationPhrases configured, SmsOptOuts optOuts) {
		this.configured = configured;
		this.optOuts = optOuts;
	}

	/**
	 * The phrases for a text to the number.
	 * @param phone the number the text would go to; {@code null} when not known yet
	 */
	ConfirmationPhrases to(String phone) {
		if (this.configured.equals(NO_TEXT) || phone == null) {
			return this.configured;
		}
		return this.optOuts.isOptedOut(phone) ? NO_TEXT : this.configured;
	}

}
