package io.bella.messaging;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import io.bella.system.PhoneNumbers;
import io.bella.voice.TwilioProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

	private static final int MAX_LOOKED_UP = 50;

	/** Twilio's error for a recipient who answered STOP: no text reaches them. */
	static final int UNSUBSCRIBED = 21610;

	/** Where Twilio reports what became of each text, below the public URL. */
	static final String STATUS_PATH = "/twilio/sms-status";

	/** The status callback URL's parameter carrying the text's own key. */
	static final String TEXT_PARAMETER = "text";

	private final TwilioProperties properties;

	private final TwilioClient client;

	private final CircuitBreaker breaker;

	private final URI statusCallback;

	SmsSender(TwilioProperties properties, ObjectProvider<TwilioClient> client, CircuitBreakerRegistry breakers,
			@Value("${bella.public-url:}") String publicUrl) {
		this.properties = properties;
		this.client = StringUtils.hasText(properties.fromNumber()) ? client.getIfAvailable() : null;
		this.breaker = breakers.circuitBreaker("twilio");
		// without a public URL Twilio cannot reach Bella: texts go without status
		// callbacks
		this.statusCallback = StringUtils.hasText(publicUrl)
				? URI.create(publicUrl.strip().replaceAll("/+$", "") + STATUS_PATH) : null;
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
	 * Sends one text, with a status callback when Bella's public URL is known. Twilio
	 * refusing the message itself (a 4xx such as an invalid number) is final and answered
	 * {@link Outcome#REJECTED}, or {@link Outcome#OPTED_OUT} when the recipient
	 * unsubscribed (error 21610); a failure that a later attempt may overcome (5xx,
	 * network, breaker open) is thrown. A failure thrown as {@link SmsNotSentException}
	 * (Twilio answered 429 or 401) or {@link CallNotPermittedException} (the breaker is
	 * open) means the text was not sent; {@link SmsOutcomeUnknownException} (a 5xx, a
	 * timeout or a lost connection once the request may have been written, an error that
	 * is not Twilio's own, an answer that cannot be read) and any other leave it unknown.
	 * The request is made once ({@link TwilioClient#createMessage}).
	 * @param to the recipient, E.164
	 * @param body the text
	 * @param textId the text's own key, carried in the status callback URL so that a
	 * callback for a text whose reply was lost finds its claim
	 * @return what Twilio did with it
	 */
	Delivery send(String to, String body, String textId) {
		if (!enabled()) {
			return new Delivery(Outcome.OFF, null);
		}
		Supplier<Delivery> call = () -> {
			try {
				URI callback = (this.statusCallback != null)
						? URI.create(this.statusCallback + "?" + TEXT_PARAMETER + "=" + textId) : null;
				TwilioClient.Message message = this.client
					.createMessage(new TwilioClient.OutgoingMessage(to, this.properties.fromNumber(), body, callback));
				log.info("Sent SMS {} to {}", message.sid(), PhoneNumbers.mask(to));
				return new Delivery(Outcome.SENT, message.sid());
			}
			catch (TwilioApiException ex) {
				if (Integer.valueOf(UNSUBSCRIBED).equals(ex.code())) {
					log.info("Twilio refused an SMS to {}: the recipient unsubscribed (code {})", PhoneNumbers.mask(to),
							UNSUBSCRIBED);
					return new Delivery(Outcome.OPTED_OUT, null);
				}
				if (ex.status() >= 500 || ex.code() == null) {
					// a 5xx, or an error that is not Twilio's own (a
					// proxy's, a gateway's): Twilio may have created it
					throw new SmsOutcomeUnknownException("Twilio gave no usable answer (status " + ex.status()
							+ ") to an SMS to " + PhoneNumbers.mask(to) + "; whether it took it is unknown");
				}
				if (isPermanent(ex)) {
					log.warn("Twilio refused an SMS to {}: {} (code {})", PhoneNumbers.mask(to), ex.status(),
							ex.code());
					return new Delivery(Outcome.REJECTED, null);
				}
				// Twilio's message may quote the number; the stored failure must not
				throw new SmsNotSentException("Twilio did not take an SMS to " + PhoneNumbers.mask(to) + " (status "
						+ ex.status() + ", code " + ex.code() + ", " + ex.getClass().getSimpleName() + ")");
			}
			catch (TwilioException ex) {
				// no answer (timed out, lost the connection) or none that could be read:
				// the request may have reached Twilio
				throw new SmsOutcomeUnknownException("No answer from Twilio to an SMS to " + PhoneNumbers.mask(to)
						+ " (" + ex.getClass().getSimpleName() + "); whether it took it is unknown");
			}
		};
		return this.breaker.executeSupplier(call);
	}

	/**
	 * Looks a text up in Twilio's message list, to learn whether an attempt whose outcome
	 * is unknown (the process died while sending) reached Twilio.
	 * @param to the recipient, E.164
	 * @param body the exact text
	 * @param since no earlier than this
	 * @return the message's SID, if Twilio has it
	 */
	Optional<String> findSent(String to, String body, Instant since) {
		if (!enabled()) {
			return Optional.empty();
		}
		return this.breaker
			.executeSupplier(() -> this.client.messages(to, this.properties.fromNumber(), since, MAX_LOOKED_UP)
				.stream()
				.filter((message) -> body.equals(message.body()))
				.map(TwilioClient.Message::sid)
				.findFirst());
	}

	private static boolean isPermanent(TwilioApiException ex) {
		int status = ex.status();
		return status >= 400 && status < 500 && status != 429 && status != 401;
	}

	/** A text Twilio did not take this time; a later attempt may succeed. */
	static class SmsNotSentException extends RuntimeException {

		SmsNotSentException(String message) {
			super(message);
		}

	}

	/**
	 * An attempt whose outcome is unknown: Twilio may or may not have taken the text. It
	 * is looked up before it is sent again.
	 */
	static class SmsOutcomeUnknownException extends RuntimeException {

		SmsOutcomeUnknownException(String message) {
			super(message);
		}

	}

	/**
	 * What became of a text, and its SID when Twilio took it.
	 *
	 * @param outcome what became of it
	 * @param messageSid Twilio's SID, when sent
	 */
	record Delivery(Outcome outcome, String messageSid) {
	}

	/**
	 * What became of a text: sent (Twilio took it), rejected (Twilio refused it), off
	 * (SMS is not configured) or opted out (the number sent STOP: Bella did not send it,
	 * or Twilio refused it with 21610).
	 */
	enum Outcome {

		SENT, REJECTED, OFF, OPTED_OUT

	}

}
