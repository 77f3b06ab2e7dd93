package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.bella.operations.cost.CostLine.Basis;
import io.bella.operations.cost.PriceTable.Price;
import io.bella.system.ModelUsage;
import io.bella.voice.CallRecord;
import io.bella.voice.CallTurn;

/**
 * Estimates what a call cost from its record and the price table: Twilio's minutes (an
 * inbound call is charged per started minute), Twilio's speech recognition (each
 * {@code <Gather input="speech">} a listening turn opens, charged as one increment of the
 * table's 15 s: a caller's answer on a booking line is seconds long), and the language
 * model's tokens as its answers' usage reported them, per model. A charge the table has
 * no price for is a line of zero with {@code confirmed} false, not a guess.
 */
final class CallPricing {

	static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final int UNIT_PRICE_SCALE = 10;

	private final PriceTable prices;

	CallPricing(PriceTable prices) {
		this.prices = prices;
	}

	/**
	 * The call's cost lines and the facts the ledger keeps of it.
	 * @param call the call's record with its turns
	 * @param country the country of the number called, which sets the minute's price
	 * @param endedAt when it ended
	 */
	Estimate estimate(CallRecord call, String country, Instant endedAt) {
		List<CostLine> lines = new ArrayList<>();
		int seconds = seconds(call, endedAt);
		long minutes = Math.max(1, (seconds + 59) / 60);
		lines.add(line(call, CostComponent.TWILIO_VOICE, "inbound " + country, BigDecimal.valueOf(minutes), "minute",
				this.prices.voiceInbound(country), endedAt));
		int gathers = (int) call.turns().stream().filter(CallTurn::listened).count();
		if (gathers > 0) {
			lines.add(line(call, CostComponent.TWILIO_SPEECH, "gather", BigDecimal.valueOf(gathers),
					seconds(this.prices.speechIncrement()), Optional.ofNullable(this.prices.speech()), endedAt));
		}
		Map<String, ModelUsage> byModel = new LinkedHashMap<>();
		for (CallTurn turn : call.turns()) {
			if (turn.llm().requests() > 0) {
				String model = (turn.llm().model() != null) ? turn.llm().model() : "unknown";
				byModel.merge(model, turn.llm(), ModelUsage::plus);
			}
		}
		byModel.forEach((model, usage) -> {
			Optional<PriceTable.TokenPrices> tokenPrices = this.prices.model(model);
			lines.add(tokens(call, model + " input", usage.inputTokens(),
					tokenPrices.map(PriceTable.TokenPrices::input), endedAt));
			lines.add(tokens(call, model + " output", usage.outputTokens(),
					tokenPrices.map(PriceTable.TokenPrices::output), endedAt));
		});
		return new Estimate(lines, facts(call, seconds, gathers, endedAt));
	}

	private CallFacts facts(CallRecord call, int seconds, int gathers, Instant endedAt) {
		// a turn after the greeting that heard nothing answers a Gather whose recognition
		// was paid for and whose question is asked again
		int unheard = (int) call.turns()
			.stream()
			.filter((turn) -> turn.turn() > 0 && (turn.heard() == null || turn.heard().isBlank()))
			.count();
		int requests = call.turns().stream().mapToInt((turn) -> turn.llm().requests()).sum();
		long input = call.turns().stream().mapToLong((turn) -> turn.llm().inputTokens()).sum();
		return new CallFacts(call.callSid(), call.startedAt(), endedAt, seconds, call.outcomeName(),
				call.appointmentId(), gathers, Math.min(unheard, gathers), requests, input);
	}

	private CostLine tokens(CallRecord call, String item, long tokens, Optional<Price> perMillion, Instant at) {
		Optional<Price> perToken = perMillion
			.map((price) -> new Price(price.usd().divide(MILLION, UNIT_PRICE_SCALE, RoundingMode.HALF_UP), "token",
					price.confirmed(), price.source()));
		return line(call, CostComponent.LLM, item, BigDecimal.valueOf(tokens), "token", perToken, at);
	}

	private CostLine line(CallRecord call, CostComponent component, String item, BigDecimal quantity, String unit,
			Optional<Price> price, Instant at) {
		return line(this.prices.version(), call.callSid(), call.callSid(), call.appointmentId(), component, item,
				quantity, unit, price, at);
	}

	static CostLine line(String version, String subject, String callSid, Long appointmentId, CostComponent component,
			String item, BigDecimal quantity, String unit, Optional<Price> price, Instant at) {
		BigDecimal unitPrice = price.map(Price::usd).orElse(BigDecimal.ZERO);
		return new CostLine(subject, component, item, Basis.ESTIMATE, callSid, appointmentId, quantity, unit, unitPrice,
				CostLine.amount(quantity, unitPrice), version, price.map(Price::confirmed).orElse(false), at);
	}

	private static int seconds(CallRecord call, Instant endedAt) {
		if (call.durationSec() != null) {
			return Math.max(0, call.durationSec());
		}
		return (int) Math.max(0, Duration.between(call.startedAt(), endedAt).toSeconds());
	}

	private static String seconds(Duration increment) {
		return increment.toSeconds() + " s";
	}

	/**
	 * A call's estimate.
	 *
	 * @param lines its cost lines
	 * @param facts what the ledger keeps of the call
	 */
	record Estimate(List<CostLine> lines, CallFacts facts) {
	}

}
