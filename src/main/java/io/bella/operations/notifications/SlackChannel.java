package io.bella.operations.notifications;

import java.net.http.HttpClient;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Posts notices to a Slack incoming webhook ({@code SLACK_WEBHOOK_URL}) behind the
 * {@code slack} breaker. The webhook URL is the credential: it never reaches a log or a
 * stored error.
 */
@Component
class SlackChannel implements NotificationChannel {

	// Slack answers errors with a short code such as invalid_payload or no_service
	private static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{1,60}");

	private final String webhookUrl;

	private final RestClient http;

	private final CircuitBreaker breaker;

	SlackChannel(NotificationProperties properties, CircuitBreakerRegistry breakers) {
		this.webhookUrl = properties.slack().webhookUrl();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(properties.slack().timeout())
			// no h2c upgrade for a plain-HTTP relay to trip on; HTTPS still negotiates
			// HTTP/2
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		requests.setReadTimeout(properties.slack().timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
		this.breaker = breakers.circuitBreaker(Channel.SLACK.breaker());
	}

	@Override
	public Channel channel() {
		return Channel.SLACK;
	}

	@Override
	public Optional<String> off() {
		return StringUtils.hasText(this.webhookUrl) ? Optional.empty() : Optional.of("set SLACK_WEBHOOK_URL");
	}

	@Override
	public List<String> recipients() {
		return Collections.singletonList(null);
	}

	@Override
	public void send(String recipient, AlertText text) {
		this.breaker.executeRunnable(() -> post(text));
	}

	private void post(AlertText text) {
		try {
			this.http.post()
				.uri(this.webhookUrl)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("text", text.body()))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException ex) {
			String code = ex.getResponseBodyAsString().strip();
			throw new NotificationFailedException("Slack answered " + ex.getStatusCode().value()
					+ (ERROR_CODE.matcher(code).matches() ? " " + code : ""));
		}
		catch (ResourceAccessException ex) {
			// its message names the URL, which is the credential
			throw new NotificationFailedException("Slack did not answer ("
					+ ((ex.getCause() != null) ? ex.getCause().getClass().getSimpleName() : "I/O error") + ")");
		}
		catch (RestClientException ex) {
			throw new NotificationFailedException("Slack's answer could not be read");
		}
	}

}
