package io.bella.voice;

import java.time.Instant;

import io.bella.dialogue.CallOutcome;

/**
 * A phone call ended.
 *
 * @param callSid Twilio's call SID
 * @param outcome how the call ended for the caller
 * @param durationSec the call's duration as Twilio measured it, {@code null} when unknown
 * @param appointmentId the appointment the call booked, moved or cancelled, if any
 * @param endedAt when Bella learned that the call ended
 */
public record CallEnded(String callSid, CallOutcome outcome, Integer durationSec, Long appointmentId, Instant endedAt) {

	/**
	 * How the call ended as the API writes it ({@code BOOKED}), for modules that do not
	 * read the dialogue's types; {@code null} when unknown.
	 */
	public String outcomeName() {
		return (this.outcome != null) ? this.outcome.name() : null;
	}

}
