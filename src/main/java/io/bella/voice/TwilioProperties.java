package io.bella.voice;

import java.time.Duration;

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
 * @param requirePublicUrl whether start-up fails without {@code BELLA_PUBLIC_URL} while
 * signatures are checked ({@code BELLA_REQUIRE_PUBLIC_URL}); unset means "when
 * {@code DATABASE_URL} is set", that is in a production deployment
 * @param webhookDatabaseBudget how long a status or recording callback waits for the
 * database before Twilio is answered anyway ({@code BELLA_TWILIO_WEBHOOK_DB_BUDGET})
 */
@ConfigurationProperties("bella.twilio")
public record TwilioProperties(String accountSid, String authToken, String fromNumber,
		@DefaultValue("true") boolean signatureValidation, Boolean requirePublicUrl,
		@DefaultValue("2s") Duration webhookDatabaseBudget) {
}
