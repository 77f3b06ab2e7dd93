package io.bella.operations.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What the business metrics need of one ended call.
 *
 * @param callSid Twilio's call SID
 * @param startedAt when Bella answered
 * @param endedAt when it ended
 * @param durationSec Twilio's duration, {@code null} when it did not say
 * @param outcome how it ended ({@code BOOKED})
 * @param turns Bella's turns, the greeting included
 * @param speechTurns the turns in which the caller was heard
 * @param questionAnswered whether Bella dealt with a request (its "anything else?") and
 * no turn was the apology path
 * @param handoffUnasked whether no turn handed the caller over because they asked for it
 * (a transfer or message Bella fell back on)
 */
record KpiCall(String callSid, Instant startedAt, Instant endedAt, Integer durationSec, String outcome, int turns,
		int speechTurns, boolean questionAnswered, boolean handoffUnasked) {

	private static final Set<String> ACTED = Set.of("BOOKED", "RESCHEDULED", "CANCELLED");

	private static final Set<String> HANDED_OFF = Set.of("TRANSFERRED", "MESSAGE_TAKEN");

	/** Bella greeted the caller. */
	boolean answered() {
		return this.turns > 0;
	}

	/** The caller was heard at least once: the calls the success rate is taken over. */
	boolean conversation() {
		return this.speechTurns > 0;
	}

	/**
	 * A conversation that ended well, as the {@code call-success} SLO counts it: an
	 * appointment booked, moved or cancelled, a question answered (Bella dealt with a
	 * request and the call ended without an outcome or an apology), or a transfer or
	 * message the caller asked for.
	 */
	boolean succeeded() {
		if (!conversation()) {
			return false;
		}
		return ACTED.contains(this.outcome) || (HANDED_OFF.contains(this.outcome) && !this.handoffUnasked)
				|| ("ABANDONED".equals(this.outcome) && this.questionAnswered);
	}

	/**
	 * A conversation that may have been about a new appointment: every conversation but
	 * those that moved or cancelled one (the intent itself is not recorded, so booking
	 * conversion is a lower bound).
	 */
	boolean bookingIntent() {
		return conversation() && !"RESCHEDULED".equals(this.outcome) && !"CANCELLED".equals(this.outcome);
	}

	boolean booked() {
		return "BOOKED".equals(this.outcome);
	}

	boolean transferred() {
		return "TRANSFERRED".equals(this.outcome);
	}

	boolean messageTaken() {
		return "MESSAGE_TAKEN".equals(this.outcome);
	}

	long seconds() {
		return (this.durationSec != null) ? this.durationSec
				: Duration.between(this.startedAt, this.endedAt).toSeconds();
	}

}
