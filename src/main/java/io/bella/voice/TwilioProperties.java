package io.bella.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the clinic's Twilio account.
 *
 * @param accountSid the account SID ({@code TWILIO_ACCOUNT_SID})
 * @param authToken the auth token that signs webhooks and authenticates REST calls
 * ({@code TWILIO_AUTH_TOKEN})
 * @param fromNumber the clinic's Twilio number, used as the sender of text messages
 * ({@code TWILIO_FROM_NUMBER})
 * @param signatureValidation whether webhooks must carry a valid
 * {@code X-Twilio-Signature}; only an explicit {@code false} turns the check off, for
 * local development
 */
@ConfigurationProperties("bella.twilio")
public record TwilioProperties(String accountSid, String authToken, String fromNumber,
		@DefaultValue("true") boolean signatureValidation) {
}
