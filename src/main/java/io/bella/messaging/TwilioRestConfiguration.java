package io.bella.messaging;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
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
 * The Twilio REST client, present only when an account SID and auth token are set.
 */
@Configuration(proxyBeanMethods = false)
class TwilioRestConfiguration {

	@Bean
	@Conditional(TwilioCredentialsPresent.class)
	TwilioRestClient twilioRestClient(TwilioProperties properties, TwilioApiProperties api) {
		NetworkHttpClient network = new NetworkHttpClient();
		TwilioRestClient.Builder builder = new TwilioRestClient.Builder(properties.accountSid(),
				properties.authToken());
		builder.httpClient(StringUtils.hasText(api.apiBaseUrl())
				? new RedirectingTwilioHttpClient(api.apiBaseUrl(), network) : network);
		return builder.build();
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
