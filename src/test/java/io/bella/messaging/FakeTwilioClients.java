package io.bella.messaging;

import java.time.Duration;

import com.twilio.http.TwilioRestClient;
import io.bella.voice.TwilioProperties;

/**
 * Twilio SDK clients configured as Bella configures them, pointed at a fake Twilio, for
 * the plain tests of other modules that text through the SDK.
 */
public final class FakeTwilioClients {

	private FakeTwilioClients() {
	}

	public static TwilioRestClient pointingAt(String baseUrl, String accountSid, String authToken) {
		return new TwilioRestConfiguration().twilioRestClient(
				new TwilioProperties(accountSid, authToken, "+14165550100", true, null, Duration.ofSeconds(2)),
				new TwilioApiProperties(baseUrl));
	}

}
