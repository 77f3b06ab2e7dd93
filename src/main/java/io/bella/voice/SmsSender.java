package io.bella.voice;

import java.util.function.Supplier;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends texts through Twilio's Messaging API behind the {@code twilio} circuit breaker.
 * Without an account SID, auth token and from number it is off and says so once.
 */
@Component
class SmsSender {

	private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

	private final TwilioProperties properties;

	private final TwilioRestClient client;

	private final CircuitBreaker breaker;

	SmsSender(TwilioProperties properties, ObjectProvider<TwilioRestClient> client, CircuitBreakerRegistry breakers) {
		this.properties = properties;
		this.client = StringUtils.hasText(properties.fromNumber()) ? client.getIfAvailable() : null;
		this.breaker = breakers.circuitBreaker("twilio");
	}

	boolean enabled() {
		return this.client != null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportOnce() {
		if (!enabled()) {
			log.info("SMS confirmations are off: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER "
					+ "to send them");
		}
	}

	/**
	 * Sends one text. Twilio refusing the message itself (a 4xx such as an invalid or
	 * unsubscribed number) is final and answered {@link Outcome#REJECTED}; a failure that
	 * a later attempt may overcome (5xx, network, breaker open) is thrown.
	 * @param to the recipient, E.164
	 * @param body the text
	 * @return what Twilio did with it
	 */
	Outcome send(String to, String body) {
		if (!enabled()) {
			return Outcome.OFF;
		}
		Supplier<Outcome> call = () -> {
			try {
				Message message = Message
					.creator(new PhoneNumber(to), new PhoneNumber(this.properties.fromNumber()), body)
					.create(this.client);
				log.info("Sent SMS {} to {}", message.getSid(), PhoneNumberMask.mask(to));
				return Outcome.SENT;
			}
			catch (ApiException ex) {
				if (isPermanent(ex)) {
					log.warn("Twilio refused an SMS to {}: {} (code {})", PhoneNumberMask.mask(to), ex.getStatusCode(),
							ex.getCode());
					return Outcome.REJECTED;
				}
				// Twilio's message may quote the number; the stored failure must not
				throw new SmsNotSentException("Twilio did not take an SMS to " + PhoneNumberMask.mask(to) + " (status "
						+ ex.getStatusCode() + ", code " + ex.getCode() + ", " + ex.getClass().getSimpleName() + ")");
			}
		};
		return this.breaker.executeSupplier(call);
	}

	private static boolean isPermanent(ApiException ex) {
		Integer status = ex.getStatusCode();
		return status != null && status >= 400 && status < 500 && status != 429 && status != 401;
	}

	/** A text Twilio did not take this time; a later attempt may succeed. */
	static class SmsNotSentException extends RuntimeException {

		SmsNotSentException(String message) {
			super(message);
		}

	}

	/** What became of a text. */
	enum Outcome {

		SENT, REJECTED, OFF

	}

}
