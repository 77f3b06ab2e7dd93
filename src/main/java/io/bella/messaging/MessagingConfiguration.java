package io.bella.messaging;

import io.bella.dialogue.ConfirmationPhrases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the dialogue whether confirmations are texted, so that Bella promises a text only
 * when one will be sent.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	@Bean
	ConfirmationPhrases confirmationPhrases(SmsSender sms) {
		return ConfirmationPhrases.of(sms.enabled());
	}

}
