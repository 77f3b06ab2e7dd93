package io.bella.voice;

import java.time.Instant;
import java.util.List;

import io.bella.dialogue.CallOutcome;

/**
 * What staff can see of one phone call.
 *
 * @param callSid Twilio's call SID
 * @param caller the caller's number in E.164, or {@code anonymous}
 * @param called the clinic number that was called
 * @param startedAt when Bella answered
 * @param endedAt when the call ended, {@code null} while it goes on
 * @param durationSec the duration Twilio reported
 * @param outcome how it ended, {@code null} while it goes on
 * @param appointmentId the appointment the call touched
 * @param turnCount how many turns the call had
 * @param turns the turns, in order; empty in lists
 */
public record CallRecord(String callSid, String caller, String called, Instant startedAt, Instant endedAt,
		Integer durationSec, CallOutcome outcome, Long appointmentId, int turnCount, List<CallTurn> turns) {

	/**
	 * How the call ended as the API writes it ({@code BOOKED}), for modules that do not
	 * read the dialogue's types; {@code null} while it goes on.
	 */
	public String outcomeName() {
		return (this.outcome != null) ? this.outcome.name() : null;
	}

	CallRecord withTurns(List<CallTurn> turns) {
		return new CallRecord(this.callSid, this.caller, this.called, this.startedAt, this.endedAt, this.durationSec,
				this.outcome, this.appointmentId, turns.size(), List.copyOf(turns));
	}

}
