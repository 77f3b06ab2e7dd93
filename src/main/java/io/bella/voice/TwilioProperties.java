package io.bella.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How Bella reaches Twilio and how it knows Twilio reached it: the account's credentials,
 * the number texts come from, another base URL for Twilio's REST API (a regional proxy or
 * a test fake) and whether webhooks must be signed.
 *
 * @param accountSid the account SID ({@code TWILIO_ACCOUNT_SID})
 * @param authToken the auth token ({@code TWILIO_AUTH_TOKEN}); it signs webhooks and
 * authenticates REST calls
 * @param fromNumber the E.164 number SMS are sent from ({@code TWILIO_FROM_NUMBER})
 * @param apiBaseUrl where requests for {@code https://*.twilio.com} go instead, blank for
 * Twilio itself
 * @param signatureValidation whether webhooks must carry a valid
 * {@code X-Twilio-Signature}; only an explicit {@code false}
 * ({@code BELLA_TWILIO_SIGNATURE_VALIDATION}) turns the check off, for local development
 */
@ConfigurationProperties("bella.twilio")
record TwilioProperties(String accountSid, String authToken, String fromNumber, String apiBaseUrl,
		@DefaultValue("true") boolean signatureValidation) {

	/** Whether Bella may call Twilio's REST API at all. */
	boolean restConfigured() {
		return StringUtils.hasText(this.accountSid) && StringUtils.hasText(this.authToken);
	}

	/** Whether Bella can send texts. */
	boolean smsConfigured() {
		return restConfigured() && StringUtils.hasText(this.fromNumber);
	}

}
