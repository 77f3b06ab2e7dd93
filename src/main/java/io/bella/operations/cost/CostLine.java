package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;

/**
 * One line of the cost ledger: what one call or text cost for one component, estimated
 * from the price table or as Twilio charged it.
 *
 * @param subject what was paid for: the call's SID, or the text's message SID
 * @param component what for
 * @param item which charge of the component ({@code inbound CA},
 * {@code gpt-4o-mini input}); one line per subject, component, item and basis
 * @param basis {@code estimate} or {@code actual}
 * @param callSid the call it belongs to, when known
 * @param appointmentId the appointment it was about, when known
 * @param quantity how many units
 * @param unit the unit ({@code minute}, {@code 15 s}, {@code segment}, {@code token})
 * @param unitPrice USD per unit
 * @param amount USD
 * @param priceVersion the price table's version, or {@code twilio} for an actual price
 * @param confirmed whether the price is confirmed (an actual always is)
 * @param incurredAt when it was incurred, which decides its month
 */
record CostLine(String subject, CostComponent component, String item, Basis basis, String callSid, Long appointmentId,
		BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal amount, String priceVersion,
		boolean confirmed, Instant incurredAt) {

	/** The ledger's precision for amounts. */
	static final int AMOUNT_SCALE = 8;

	static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
		return quantity.multiply(unitPrice).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
	}

	/** How a line's amount was found. */
	enum Basis {

		/** From the price table. */
		ESTIMATE,

		/** As the provider charged it. */
		ACTUAL;

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
