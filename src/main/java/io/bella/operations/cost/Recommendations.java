package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What would make the month cheaper, each with the numbers behind it and the saving it
 * would bring over a whole month (the month so far, projected linearly); only those with
 * something to save, the largest saving first.
 */
@Component
class Recommendations {

	private final CostQueries queries;

	private final CostProperties properties;

	Recommendations(CostQueries queries, CostProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	List<Recommendation> of(Budget.Status status, List<CostQueries.CallCost> calls) {
		List<Recommendation> recommendations = new ArrayList<>();
		speechPaidTwice(status, recommendations);
		callsPastBreakEven(status, calls, recommendations);
		textsOverOneSegment(status, recommendations);
		longPrompts(status, recommendations);
		recommendations.sort(Comparator
			.comparing((Recommendation recommendation) -> new BigDecimal(recommendation.estimatedMonthlySaving()))
			.reversed());
		return recommendations;
	}

	private void speechPaidTwice(Budget.Status status, List<Recommendation> into) {
		CostQueries.Gathers gathers = this.queries.gathers(status.month());
		BigDecimal price = this.queries.unitPrice(status.month(), CostComponent.TWILIO_SPEECH, null);
		BigDecimal wasted = price.multiply(BigDecimal.valueOf(gathers.unheard()));
		if (gathers.unheard() == 0 || wasted.signum() == 0) {
			return;
		}
		Map<String, Object> numbers = new LinkedHashMap<>();
		numbers.put("speech_recognitions", gathers.total());
		numbers.put("heard_nothing", gathers.unheard());
		numbers.put("share_percent", percent(gathers.unheard(), gathers.total()));
		numbers.put("price_per_recognition", Money.exact(price));
		numbers.put("paid_again_so_far", Money.usd(wasted));
		into.add(new Recommendation("speech-paid-twice", "Speech recognition paid twice for one answer",
				gathers.unheard() + " of " + gathers.total()
						+ " speech recognitions heard nothing, so Bella asked again and "
						+ "Twilio charged twice for one answer. Clearer questions, speech hints with the clinic's own "
						+ "words and a longer pause before the caller is taken as silent bring them down.",
				numbers, Money.usd(status.projected(wasted))));
	}

	private void callsPastBreakEven(Budget.Status status, List<CostQueries.CallCost> calls, List<Recommendation> into) {
		BigDecimal cost = calls.stream().map(CostQueries.CallCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
		long seconds = calls.stream().mapToLong(CostQueries.CallCost::durationSec).sum();
		BigDecimal target = this.properties.targetPerCallUsd();
		if (seconds == 0 || cost.signum() == 0 || target.signum() <= 0) {
			return;
		}
		// the length at which a call reaches the target at the month's average cost a
		// second
		long breakEven = target.multiply(BigDecimal.valueOf(seconds)).divide(cost, 0, RoundingMode.HALF_UP).longValue();
		List<CostQueries.CallCost> past = calls.stream().filter((call) -> call.durationSec() > breakEven).toList();
		BigDecimal beyond = past.stream()
			.map((call) -> call.cost().subtract(target).max(BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (beyond.signum() == 0) {
			return;
		}
		Map<String, Object> numbers = new LinkedHashMap<>();
		numbers.put("target_per_call", Money.usd(target));
		numbers.put("break_even_seconds", breakEven);
		numbers.put("calls", calls.size());
		numbers.put("calls_past_break_even", past.size());
		numbers.put("share_percent", percent(past.size(), calls.size()));
		numbers.put("cost_beyond_target_so_far", Money.usd(beyond));
		into.add(new Recommendation("calls-past-break-even", "Calls past the break-even length",
				past.size() + " of " + calls.size() + " calls lasted longer than " + breakEven + " s, the length at "
						+ "which a call costs the " + Money.dollars(target)
						+ " target at this month's cost per second. "
						+ "Offering the front desk once a call runs past it, or shorter prompts, saves what they cost "
						+ "beyond the target.",
				numbers, Money.usd(status.projected(beyond))));
	}

	private void textsOverOneSegment(Budget.Status status, List<Recommendation> into) {
		CostQueries.Texts texts = this.queries.texts(status.month());
		if (texts.longTexts() == 0 || texts.extraCost().signum() == 0) {
			return;
		}
		Map<String, Object> numbers = new LinkedHashMap<>();
		numbers.put("texts", texts.texts());
		numbers.put("texts_over_one_segment", texts.longTexts());
		numbers.put("extra_segments", texts.extraSegments());
		numbers.put("extra_segments_cost_so_far", Money.usd(texts.extraCost()));
		into.add(new Recommendation("texts-over-one-segment", "Texts longer than one segment",
				texts.longTexts() + " of " + texts.texts() + " texts took more than one SMS segment (160 GSM-7 "
						+ "characters, or 70 once a single character is outside GSM-7, such as an emoji or a curly "
						+ "quote); their segments beyond the first: " + texts.extraSegments() + ".",
				numbers, Money.usd(status.projected(texts.extraCost()))));
	}

	private void longPrompts(Budget.Status status, List<Recommendation> into) {
		long threshold = this.properties.longPromptTokens();
		CostQueries.Prompts prompts = this.queries.prompts(status.month(), threshold);
		BigDecimal price = this.queries.unitPrice(status.month(), CostComponent.LLM, " input");
		BigDecimal excess = price.multiply(BigDecimal.valueOf(prompts.excessTokens()));
		if (prompts.longRequests() == 0 || excess.signum() == 0) {
			return;
		}
		Map<String, Object> numbers = new LinkedHashMap<>();
		numbers.put("threshold_tokens", threshold);
		numbers.put("requests", prompts.requests());
		numbers.put("long_requests", prompts.longRequests());
		numbers.put("tokens_beyond_threshold", prompts.excessTokens());
		numbers.put("price_per_input_token", Money.exact(price));
		into.add(new Recommendation("long-prompts", "Prompts over " + threshold + " tokens",
				prompts.longRequests() + " of " + prompts.requests() + " requests to the language model sent more "
						+ "than " + threshold + " prompt tokens. Shorter instructions, or reading more utterances with "
						+ "the rules first (BELLA_EXTRACTION_MODE=hybrid), save the tokens beyond it.",
				numbers, Money.usd(status.projected(excess))));
	}

	private static double percent(long part, long whole) {
		return (whole == 0) ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
	}

	/**
	 * One recommendation.
	 *
	 * @param id what it is about, stable ({@code speech-paid-twice})
	 * @param title one line
	 * @param detail what was found and what to do
	 * @param numbers the figures behind it
	 * @param estimatedMonthlySaving what it would save over a whole month, USD
	 */
	record Recommendation(String id, String title, String detail, Map<String, Object> numbers,
			String estimatedMonthlySaving) {
	}

}
