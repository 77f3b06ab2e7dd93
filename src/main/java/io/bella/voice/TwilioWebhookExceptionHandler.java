package io.bella.voice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Whatever goes wrong in a voice webhook, Twilio gets TwiML: an error page would make it
 * tell the caller "an application error has occurred" and hang up.
 */
@RestControllerAdvice(assignableTypes = TwilioVoiceController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TwilioWebhookExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhookExceptionHandler.class);

	private final CallConductor conductor;

	TwilioWebhookExceptionHandler(CallConductor conductor) {
		this.conductor = conductor;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> handle(Exception ex) {
		log.error("Voice webhook failed; answering with the apology", ex);
		WebhookTimingFilter.apologized();
		String twiml;
		try {
			twiml = this.conductor.fallback();
		}
		catch (RuntimeException nested) {
			twiml = Twiml.empty();
		}
		return TwilioVoiceController.twiml(twiml);
	}

}
