package io.bella.voice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The warm-up an instance runs before it reports ready for calls, so that its first
 * callers do not wait for the JIT compiler, the connection pools and the caches.
 *
 * @param enabled whether to warm up; without it the instance is ready as soon as it has
 * started
 * @param readings how many utterances the rule-based extractor reads
 * @param conversations how many synthetic conversations run through the dialogue, the
 * database (in transactions that are rolled back) and the call sessions
 * @param timeout the longest the warm-up may take; the instance reports ready then
 * whether it is done or not
 */
@ConfigurationProperties("bella.voice.warm-up")
public record WarmUpProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2000") int readings,
		@DefaultValue("40") int conversations, @DefaultValue("30s") Duration timeout) {
}
