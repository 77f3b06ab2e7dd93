package io.bella.messaging;

/**
 * Twilio clients configured as Bella configures them, pointed at a fake Twilio, for the
 * plain tests of other modules that text through Twilio.
 */
public final class FakeTwilioClients {

	private FakeTwilioClients() {
	}

	public static TwilioClient pointingAt(String baseUrl, String accountSid, String authToken) {
		return new TwilioClient(baseUrl, accountSid, authToken, TwilioRestConfiguration.CONNECT_TIMEOUT,
				TwilioRestConfiguration.READ_TIMEOUT);
	}

}
