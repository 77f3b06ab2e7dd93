package io.bella.operations.cost;

import java.time.Instant;
import java.util.Set;

/**
 * What the ledger keeps of a call besides its lines: the facts behind the cost per call
 * and the recommendations.
 *
 * @param callSid Twilio's call SID
 * @param startedAt when Bella answered
 * @param endedAt when it ended
 * @param durationSec how long it lasted
 * @param outcome how it ended ({@code BOOKED}, as the call's record writes it)
 * @param appointmentId the appointment it booked, moved or cancelled
 * @param gathers the speech recognitions it opened
 * @param unheardGathers those that heard nothing, so that the question was asked again
 * @param llmRequests the requests to the language model
 * @param llmInputTokens their prompt tokens
 */
record CallFacts(String callSid, Instant startedAt, Instant endedAt, int durationSec, String outcome,
		Long appointmentId, int gathers, int unheardGathers, int llmRequests, long llmInputTokens) {

	/**
	 * The outcomes that count a call as successful: it did what the caller called for.
	 */
	static final Set<String> SUCCESSFUL = Set.of("BOOKED", "RESCHEDULED", "CANCELLED");

}
