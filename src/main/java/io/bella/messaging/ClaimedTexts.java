package io.bella.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.bella.booking.SmsOptOuts;
import io.bella.system.PhoneNumbers;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends each text at most once per effect, however often the event behind it is
 * delivered: the effect is claimed in the database (committed) before Twilio is called,
 * and the claim records what came of it. A delivery that finds the text sent does
 * nothing; one that finds a claim whose outcome is unknown (the process died while
 * sending, Twilio answered 5xx, the reply timed out or the connection was lost) sends it
 * again only when neither a status callback recorded a SID for it (the text's own key is
 * in its status callback URL) nor Twilio's message list has it.
 * <p>
 * It is also the one gate every text passes: a number that opted out (STOP) gets none.
 * Such a text is recorded as {@code opted_out}, so staff see it was not sent, and Twilio
 * is not called; Twilio refusing a text with 21610 (the recipient unsubscribed) opts the
 * number out as well. A text Twilio refused for good (any other permanent 4xx) is
 * recorded as {@code failed} with delivery status {@code rejected} and never offered to
 * Twilio again; one that failed for a while may be sent by a later delivery.
 */
@Component
class ClaimedTexts {

	// a claim younger than this may be another delivery sending right now
	static final Duration IN_FLIGHT = Duration.ofSeconds(30);

	// Twilio's clock and ours differ a little; the list is searched from a bit earlier
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(ClaimedTexts.class);

	private final SmsSender sms;

	private final OutboundMessages claims;

	private final SmsOptOuts optOuts;

	private final Clock clock;

	ClaimedTexts(SmsSender sms, OutboundMessages claims, SmsOptOuts optOuts, Clock clock) {
		this.sms = sms;
		this.claims = claims;
		this.optOuts = optOuts;
		this.clock = clock;
	}

	boolean enabled() {
		return this.sms.enabled();
	}

	/**
	 * Sends a text for an effect, unless it was sent already.
	 * @param effectKey the effect, such as {@code appointment-booked:42}
	 * @param to the recipient, E.164
	 * @param body the text
	 * @return what became of it; {@link SmsSender.Outcome#SENT} also when it had been
	 * sent before, {@link SmsSender.Outcome#REJECTED} also when Twilio had refused it for
	 * good before (it is not asked again), {@link SmsSender.Outcome#OPTED_OUT} when the
	 * number opted out
	 */
	SmsSender.Outcome send(String effectKey, String to, String body) {
		Instant now = this.clock.instant();
		String textId = UUID.randomUUID().toString();
		Optional<OutboundMessages.Claim> existing = this.claims.claim(effectKey, textId, to, body, now);
		if (existing.isEmpty()) {
			return attempt(effectKey, textId, to, body);
		}
		OutboundMessages.Claim claim = existing.get();
		if (claim.sent()) {
			if (claim.messageSid() != null && !"sent".equals(claim.status())) {
				this.claims.markSent(effectKey, claim.messageSid(), now);
			}
			log.info("Text for {} was sent before ({}); not sending it again", effectKey, claim.messageSid());
			return SmsSender.Outcome.SENT;
		}
		if (claim.rejected()) {
			// Twilio would refuse it again
			log.info("Text for {} was refused by Twilio before; not sending it again", effectKey);
			return SmsSender.Outcome.REJECTED;
		}
		if (!claim.failed()) {
			if (claim.claimedAt().isAfter(now.minus(IN_FLIGHT))) {
				throw new ClaimHeldException("The text for " + effectKey + " is being sent right now");
			}
			Optional<String> found = this.sms.findSent(claim.recipient(), claim.body(),
					claim.claimedAt().minus(CLOCK_SKEW));
			if (found.isPresent()) {
				this.claims.markSent(effectKey, found.get(), now);
				log.info("Text for {} had reached Twilio ({}) before the outcome was recorded; not sending it again",
						effectKey, found.get());
				return SmsSender.Outcome.SENT;
			}
			log.info("Text for {} is not in Twilio's message list; sending it again", effectKey);
		}
		String key = (claim.textId() != null) ? claim.textId() : textId;
		if (!this.claims.reclaim(claim, key, now)) {
			throw new ClaimHeldException(
					"The text for " + effectKey + " was taken over by another delivery or reported sent meanwhile");
		}
		return attempt(effectKey, key, claim.recipient(), claim.body());
	}

	private SmsSender.Outcome attempt(String effectKey, String textId, String to, String body) {
		if (this.optOuts.isOptedOut(to)) {
			this.claims.markOptedOut(effectKey, null, this.clock.instant());
			log.info("Text for {} not sent: {} opted out of texts", effectKey, PhoneNumbers.mask(to));
			return SmsSender.Outcome.OPTED_OUT;
		}
		SmsSender.Delivery delivery;
		try {
			delivery = this.sms.send(to, body, textId);
		}
		catch (SmsSender.SmsNotSentException | CallNotPermittedException ex) {
			// Twilio answered no, or was not asked: sending again later is safe
			this.claims.markFailed(effectKey, this.clock.instant());
			throw ex;
		}
		// any other failure (SmsOutcomeUnknownException: a 5xx, a timeout or a lost
		// connection after the request was written) leaves the claim open: whether
		// Twilio took the text is unknown, and it is looked up before a resend
		switch (delivery.outcome()) {
			case SENT -> this.claims.markSent(effectKey, delivery.messageSid(), this.clock.instant());
			case REJECTED -> this.claims.markRejected(effectKey, this.clock.instant());
			case OFF -> this.claims.markFailed(effectKey, this.clock.instant());
			case OPTED_OUT -> {
				this.optOuts.optOut(to, this.clock.instant());
				this.claims.markOptedOut(effectKey, String.valueOf(SmsSender.UNSUBSCRIBED), this.clock.instant());
			}
		}
		return delivery.outcome();
	}

	/**
	 * Another delivery holds the claim on the text right now: this one must not send it.
	 * Nothing failed; the holder records what becomes of it.
	 */
	static class ClaimHeldException extends SmsSender.SmsNotSentException {

		ClaimHeldException(String message) {
			super(message);
		}

	}

}
