package io.bella.messaging;

/**
 * A call to Twilio's REST API that gave Bella nothing to go on: Twilio refused or failed
 * it ({@link TwilioApiException}), did not answer ({@link TwilioConnectionException}), or
 * answered something that could not be read (this type itself). The message names the
 * call, never the request's numbers, texts or credentials.
 */
public class TwilioException extends RuntimeException {

	TwilioException(String message) {
		super(message);
	}

	TwilioException(String message, Throwable cause) {
		super(message, cause);
	}

}
