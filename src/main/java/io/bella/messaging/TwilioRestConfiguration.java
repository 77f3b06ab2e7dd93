package io.bella.messaging;

import java.time.Duration;

import io.bella.voice.TwilioProperties;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Bella's Twilio REST client, present only when an account SID and auth token are set.
 */
@Configuration(proxyBeanMethods = false)
class TwilioRestConfiguration {

	// Twilio answers in well under a second; a connection not made in this time will not
	// be made
	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	// the whole answer, a two-minute voicemail's WAV (about 2 MB) included
	static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	@Bean
	@Conditional(TwilioCredentialsPresent.class)
	TwilioClient twilioClient(TwilioProperties properties, TwilioApiProperties api) {
		return new TwilioClient(StringUtils.hasText(api.apiBaseUrl()) ? api.apiBaseUrl() : TwilioClient.TWILIO_API,
				properties.accountSid(), properties.authToken(), CONNECT_TIMEOUT, READ_TIMEOUT);
	}

	static class TwilioCredentialsPresent extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			boolean present = StringUtils.hasText(context.getEnvironment().getProperty("bella.twilio.account-sid"))
					&& StringUtils.hasText(context.getEnvironment().getProperty("bella.twilio.auth-token"));
			return present ? ConditionOutcome.match("Twilio credentials are set")
					: ConditionOutcome.noMatch("bella.twilio.account-sid or bella.twilio.auth-token is blank");
		}

	}

}
