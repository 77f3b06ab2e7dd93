package io.bella.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic's Twilio account, and whether Bella insists that webhooks come from it.
 *
 * @param accountSid the account SID ({@code TWILIO_ACCOUNT_SID})
 * @param authToken the auth token ({@code TWILIO_AUTH_TOKEN}); it signs webhooks and
 * authenticates REST calls
 * @param fromNumber the E.164 number SMS are sent from ({@code TWILIO_FROM_NUMBER})
 * @param signatureValidation whether webhooks must carry a valid
 * {@code X-Twilio-Signature}; only an explicit {@code false}
 * ({@code BELLA_TWILIO_SIGNATURE_VALIDATION}) turns the check off, for local development
 */
@ConfigurationProperties("bella.twilio")
record TwilioProperties(String accountSid, String authToken, String fromNumber,
		@DefaultValue("true") boolean signatureValidation) {
}
