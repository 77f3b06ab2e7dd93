package io.bella.messaging;

/**
 * Twilio did not answer a call: the connection could not be made, broke, or the answer
 * took longer than the timeout. A request that was written may have reached Twilio.
 */
public final class TwilioConnectionException extends TwilioException {

	TwilioConnectionException(String call, Throwable cause) {
		super(call + ": no answer from Twilio (" + ((cause != null) ? cause.getClass().getSimpleName() : "I/O error")
				+ ")", cause);
	}

}
