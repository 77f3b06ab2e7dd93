package io.bella.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How Bella reaches Twilio: the account's credentials, the number texts come from and,
 * for a regional proxy or a test fake, another base URL for Twilio's REST API.
 *
 * @param accountSid the account SID ({@code TWILIO_ACCOUNT_SID})
 * @param authToken the auth token ({@code TWILIO_AUTH_TOKEN}); it signs webhooks and
 * authenticates REST calls
 * @param fromNumber the E.164 number SMS are sent from ({@code TWILIO_FROM_NUMBER})
 * @param apiBaseUrl where requests for {@code https://*.twilio.com} go instead, blank for
 * Twilio itself
 */
@ConfigurationProperties("bella.twilio")
record TwilioProperties(String accountSid, String authToken, String fromNumber, String apiBaseUrl) {

	/** Whether Bella may call Twilio's REST API at all. */
	boolean restConfigured() {
		return StringUtils.hasText(this.accountSid) && StringUtils.hasText(this.authToken);
	}

	/** Whether Bella can send texts. */
	boolean smsConfigured() {
		return restConfigured() && StringUtils.hasText(this.fromNumber);
	}

}
