package io.bella.operations;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One standing line of the cost ledger (an estimate not replaced, or an actual price), as
 * the dashboard shows and exports it.
 *
 * @param subject what was paid for: the call's SID, or the text's message SID
 * @param component {@code twilio_voice}, {@code twilio_speech}, {@code sms}, {@code llm}
 * or {@code whisper}
 * @param item which charge of the component
 * @param basis {@code estimate} or {@code actual}
 * @param callSid the call it belongs to, when known
 * @param appointmentId the appointment it was about, when known
 * @param quantity how many units
 * @param unit the unit
 * @param unitPrice USD per unit
 * @param amount USD
 * @param priceVersion the price table's version, or {@code twilio}
 * @param confirmed whether the price is confirmed
 * @param incurredAt when it was incurred
 */
public record LedgerLine(String subject, String component, String item, String basis, String callSid,
		Long appointmentId, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal amount,
		String priceVersion, boolean confirmed, Instant incurredAt) {
}
