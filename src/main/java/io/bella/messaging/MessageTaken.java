package io.bella.messaging;

import java.time.Instant;

/**
 * A caller left a message and a callback request is waiting for staff, its transcript
 * settled (transcribed, or unavailable).
 *
 * @param callbackRequestId the callback request staff see
 * @param callSid the call it was left on
 * @param recordingSid the Twilio recording
 * @param durationSec the recording's length in seconds
 * @param transcribed whether a transcript was made
 * @param takenAt when the recording arrived
 */
public record MessageTaken(long callbackRequestId, String callSid, String recordingSid, Integer durationSec,
		boolean transcribed, Instant takenAt) {
}
