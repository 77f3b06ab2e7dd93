package io.bella.voice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outgoing messages (SMS confirmations, voicemail transcriptions) that failed are
 * retried.
 *
 * @param retryInterval how often incomplete ones are looked for
 * @param retryAfter how old an incomplete one must be before it is tried again, so that
 * one still running is left alone
 */
@ConfigurationProperties("bella.messages")
record MessagesProperties(@DefaultValue("1m") Duration retryInterval, @DefaultValue("1m") Duration retryAfter) {
}
