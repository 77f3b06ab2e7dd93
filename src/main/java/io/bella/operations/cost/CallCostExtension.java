package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.bella.voice.CallRecord;
import io.bella.voice.CallRecordExtension;

import org.springframework.stereotype.Component;

/**
 * A call's cost lines in its record ({@code GET /api/calls/{sid}}, under {@code cost}):
 * the lines that stand (Twilio's actual prices where they came in, estimates otherwise)
 * and their total. Empty until the call has ended and been costed.
 */
@Component
class CallCostExtension implements CallRecordExtension {

	private final CostLedger ledger;

	private final Budget budget;

	CallCostExtension(CostLedger ledger, Budget budget) {
		this.ledger = ledger;
		this.budget = budget;
	}

	@Override
	public String key() {
		return "cost";
	}

	@Override
	public CallCost of(CallRecord call) {
		List<CostLine> lines = this.ledger.ofCall(call.callSid());
		BigDecimal total = lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CallCost(Money.usd(total), lines.stream().map(this::line).toList());
	}

	private Line line(CostLine line) {
		return new Line(line.component().key(), line.item(), line.basis().key(), line.quantity(), line.unit(),
				Money.exact(line.unitPrice()), Money.exact(line.amount()), line.priceVersion(), line.confirmed(),
				line.incurredAt().atZone(this.budget.zone()).toOffsetDateTime(),
				line.subject().equals(line.callSid()) ? null : line.subject());
	}

	/**
	 * A call's cost.
	 *
	 * @param total the lines' sum, USD
	 * @param lines the lines
	 */
	record CallCost(String total, List<Line> lines) {
	}

	/**
	 * One cost line of a call.
	 *
	 * @param component {@code twilio_voice}, {@code twilio_speech}, {@code sms},
	 * {@code llm} or {@code whisper}
	 * @param item which charge of the component
	 * @param basis {@code estimate} or {@code actual}
	 * @param quantity how many units
	 * @param unit the unit
	 * @param unitPrice USD per unit
	 * @param amount USD
	 * @param priceVersion the price table's version, or {@code twilio}
	 * @param confirmed whether the price is confirmed
	 * @param incurredAt when
	 * @param messageSid the text's SID, for an SMS line
	 */
	record Line(String component, String item, String basis, BigDecimal quantity, String unit, String unitPrice,
			String amount, String priceVersion, boolean confirmed, OffsetDateTime incurredAt, String messageSid) {
	}

}
