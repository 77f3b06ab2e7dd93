package io.bella.voice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Twilio's status and recording callbacks need beyond their controllers.
 */
@Configuration(proxyBeanMethods = false)
class TwilioCallbackConfiguration {

	private static final int MAX_WAITING_CALLBACKS = 32;

	@Bean
	WebhookDatabaseBudget webhookDatabaseBudget(TwilioProperties twilio) {
		return new WebhookDatabaseBudget(MAX_WAITING_CALLBACKS, twilio.webhookDatabaseBudget());
	}

}
