package io.bella.voice;

import java.time.Instant;

/**
 * A phone call reached Bella.
 *
 * @param callSid Twilio's call SID
 * @param anonymous whether the caller withheld their number
 * @param startedAt when Bella answered
 */
public record CallStarted(String callSid, boolean anonymous, Instant startedAt) {
}
