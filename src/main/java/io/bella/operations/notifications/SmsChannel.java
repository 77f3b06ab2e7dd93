package io.bella.operations.notifications;

import java.util.List;
import java.util.Optional;

import io.bella.messaging.TwilioApiException;
import io.bella.messaging.TwilioClient;
import io.bella.messaging.TwilioException;
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
 * It uses the {@link TwilioClient} that {@code messaging} configures (present when the
 * account is set) and the from number of {@link io.bella.voice.TwilioProperties}.
 */
@Component
class SmsChannel implements NotificationChannel {

	private final List<String> to;

	private final String from;

	private final TwilioClient client;

	private final CircuitBreaker breaker;

	SmsChannel(NotificationProperties properties, TwilioProperties twilio, ObjectProvider<TwilioClient> client,
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
				this.client.createMessage(new TwilioClient.OutgoingMessage(recipient, this.from, text.body(), null));
			}
			catch (TwilioApiException ex) {
				// Twilio's message may quote the number
				throw new NotificationFailedException("Twilio did not take the text to " + PhoneNumbers.mask(recipient)
						+ " (status " + ex.status() + ", code " + ex.code() + ")");
			}
			catch (TwilioException ex) {
				throw new NotificationFailedException("Twilio did not answer (" + ex.getClass().getSimpleName() + ")");
			}
		});
	}

}
