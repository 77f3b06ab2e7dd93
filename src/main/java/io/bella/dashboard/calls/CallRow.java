package io.bella.dashboard.calls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A call as the Calls page lists it.
 *
 * @param callSid Twilio's call SID
 * @param startedAt when Bella answered
 * @param caller the caller's number, masked unless the reader is an administrator
 * @param durationSec how long it took, {@code null} while it goes on
 * @param turns how many turns it had
 * @param outcome how it ended, {@code null} while it goes on
 * @param appointmentId the appointment it booked, moved or cancelled
 * @param appointmentDay that appointment's day in the clinic's time zone
 * @param p95LatencyMs its p95 turn latency
 * @param cost what it cost, USD
 */
public record CallRow(String callSid, Instant startedAt, String caller, Integer durationSec, int turns, String outcome,
		Long appointmentId, LocalDate appointmentDay, Integer p95LatencyMs, BigDecimal cost) {

	/** The cost as the page shows it ({@code $0.0421}), empty before it is costed. */
	public String costText() {
		return (this.cost != null) ? "$" + this.cost.setScale(4, RoundingMode.HALF_UP).toPlainString() : "";
	}

}
