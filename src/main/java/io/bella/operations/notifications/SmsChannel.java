package io.bella.operations.notifications;

import java.util.List;
import java.util.Optional;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.bella.system.PhoneNumbers;
import io.bella.voice.TwilioProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Texts notices to the people on call ({@code BELLA_ALERT_SMS_TO}) through the clinic's
 * Twilio account, behind the {@code sms-alerts} breaker: its own, so that a burst of
 * alert texts cannot open the {@code twilio} breaker patients' confirmations depend on.
 * It uses the Twilio SDK client that {@code messaging} configures (the SDK's own type,
 * present when the account is set) and the from number of
 * {@link io.bella.voice.TwilioProperties}.
 */
@Component
class SmsChannel implements NotificationChannel {

	private final List<String> to;

	private final String from;

	private final TwilioRestClient client;

	private final CircuitBreaker breaker;

	SmsChannel(NotificationProperties properties, TwilioProperties twilio, ObjectProvider<TwilioRestClient> client,
			CircuitBreakerRegistry breakers) {
		this.to = properties.sms().to().stream().map(SmsChannel::e164).toList();
		this.from = twilio.fromNumber();
		this.client = client.getIfAvailable();
		this.breaker = breakers.circuitBreaker(Channel.SMS.breaker());
	}

	private static String e164(String number) {
		return PhoneNumbers.international(number)
			.orElseThrow(() -> new IllegalStateException("BELLA_ALERT_SMS_TO: " + PhoneNumbers.mask(number)
					+ " is not a phone number in E.164 form (+14165550123)"));
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public Optional<String> off() {
		if (this.to.isEmpty()) {
			return Optional.of("set BELLA_ALERT_SMS_TO");
		}
		if (this.client == null || !StringUtils.hasText(this.from)) {
			return Optional.of("set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER");
		}
		return Optional.empty();
	}

	@Override
	public List<String> recipients() {
		return this.to;
	}

	@Override
	public void send(String recipient, AlertText text) {
		this.breaker.executeRunnable(() -> {
			try {
				Message.creator(new PhoneNumber(recipient), new PhoneNumber(this.from), text.body())
					.create(this.client);
			}
			catch (ApiException ex) {
				// Twilio's message may quote the number
				throw new NotificationFailedException("Twilio did not take the text to " + PhoneNumbers.mask(recipient)
						+ " (status " + ex.getStatusCode() + ", code " + ex.getCode() + ")");
			}
			catch (TwilioException ex) {
				throw new NotificationFailedException("Twilio did not answer (" + ex.getClass().getSimpleName() + ")");
			}
		});
	}

}
