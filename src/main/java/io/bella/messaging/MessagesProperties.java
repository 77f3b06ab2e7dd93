package io.bella.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outgoing messages (SMS confirmations, voicemail transcriptions) that failed are
 * retried, and how voicemails whose callback was lost are recovered.
 *
 * @param retryInterval how often incomplete ones are looked for
 * @param retryAfter how old an incomplete one must be before it is tried again, so that
 * one still running is left alone
 * @param reconcileInterval how often Twilio's recording list is compared with the stored
 * voicemails
 * @param reconcileLookback how far back that comparison looks
 */
@ConfigurationProperties("bella.messages")
record MessagesProperties(@DefaultValue("1m") Duration retryInterval, @DefaultValue("1m") Duration retryAfter,
		@DefaultValue("5m") Duration reconcileInterval, @DefaultValue("2d") Duration reconcileLookback) {
}
