package io.bella.messaging;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import io.bella.voice.TwilioProperties;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

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
		NetworkHttpClient network = new NetworkHttpClient(withoutAutomaticRetries());
		TwilioRestClient.Builder builder = new TwilioRestClient.Builder(properties.accountSid(),
				properties.authToken());
		builder.httpClient(new SingleAttemptTwilioHttpClient(StringUtils.hasText(api.apiBaseUrl())
				? new RedirectingTwilioHttpClient(api.apiBaseUrl(), network) : network));
		return builder.build();
	}

	// as the SDK builds its client, but Apache's retry of 429 and 503 answers is off: it
	// repeats a POST too, and a repeated create may text a patient twice
	private static HttpClientBuilder withoutAutomaticRetries() {
		return HttpClientBuilder.create()
			.useSystemProperties()
			.disableAutomaticRetries()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultSocketConfig(HttpClient.DEFAULT_SOCKET_CONFIG)
				.setMaxConnPerRoute(20)
				.setMaxConnTotal(100)
				.build())
			.setDefaultRequestConfig(HttpClient.DEFAULT_REQUEST_CONFIG);
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
