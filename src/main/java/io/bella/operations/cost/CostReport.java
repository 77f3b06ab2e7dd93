package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.bella.operations.cost.CostOptimization.CallCost;
import io.bella.operations.cost.CostOptimization.ComponentCost;
import io.bella.operations.cost.CostOptimization.CostPerCall;
import io.bella.operations.cost.CostOptimization.PriceEntry;
import io.bella.operations.cost.PriceTable.Price;

import org.springframework.stereotype.Component;

/**
 * Puts a month's cost together: against the budget, per call, by component, the most
 * expensive calls and the recommendations.
 */
@Component
class CostReport {

	static final int MOST_EXPENSIVE = 10;

	private final Budget budget;

	private final CostQueries queries;

	private final Recommendations recommendations;

	private final CostProperties properties;

	CostReport(Budget budget, CostQueries queries, Recommendations recommendations, CostProperties properties) {
		this.budget = budget;
		this.queries = queries;
		this.recommendations = recommendations;
		this.properties = properties;
	}

	CostOptimization of(BillingMonth month, Instant now) {
		Budget.Status status = this.budget.of(month, now);
		ZoneId zone = month.zone();
		List<CostQueries.CallCost> calls = this.queries.calls(month);
		List<BigDecimal> costs = calls.stream().map(CostQueries.CallCost::cost).sorted().toList();
		long successful = calls.stream().filter((call) -> CallFacts.SUCCESSFUL.contains(call.outcome())).count();
		List<Integer> crossed = BudgetThresholdRule.THRESHOLDS.stream()
			.filter((threshold) -> threshold.crossedBy(status))
			.map(BudgetThresholdRule.Threshold::percent)
			.toList();
		return new CostOptimization(month.label(), zone.getId(), at(month.start(), zone), at(month.end(), zone),
				at(now, zone), Money.usd(status.spent()), Money.usd(status.budget()),
				Math.round(status.percent() * 10) / 10.0, Money.usd(status.forecast()),
				status.forecast().compareTo(status.budget()) > 0, crossed, calls.size(), successful, perCall(costs),
				(successful > 0)
						? Money.usd(status.spent().divide(BigDecimal.valueOf(successful), 8, RoundingMode.HALF_UP))
						: null,
				components(month, status.spent()), mostExpensive(calls, zone), this.recommendations.of(status, calls),
				prices(month));
	}

	private static CostPerCall perCall(List<BigDecimal> sorted) {
		if (sorted.isEmpty()) {
			return new CostPerCall(null, null, null);
		}
		BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new CostPerCall(Money.usd(sum.divide(BigDecimal.valueOf(sorted.size()), 8, RoundingMode.HALF_UP)),
				Money.usd(percentile(sorted, 50)), Money.usd(percentile(sorted, 95)));
	}

	/** The nearest-rank percentile of sorted values. */
	static BigDecimal percentile(List<BigDecimal> sorted, int percentile) {
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private List<ComponentCost> components(BillingMonth month, BigDecimal total) {
		List<ComponentCost> components = new ArrayList<>();
		this.queries.components(month).forEach((component, amounts) -> {
			double share = (total.signum() == 0) ? 0
					: amounts.total()
						.multiply(BigDecimal.valueOf(1000))
						.divide(total, 0, RoundingMode.HALF_UP)
						.doubleValue() / 10;
			components.add(new ComponentCost(component.key(), Money.usd(amounts.total()), share,
					Money.usd(amounts.estimated()), Money.usd(amounts.actual()), Money.usd(amounts.unconfirmed())));
		});
		components.sort(Comparator.comparing((ComponentCost cost) -> new BigDecimal(cost.amount())).reversed());
		return components;
	}

	private static List<CallCost> mostExpensive(List<CostQueries.CallCost> calls, ZoneId zone) {
		return calls.stream()
			.sorted(Comparator.comparing(CostQueries.CallCost::cost)
				.reversed()
				.thenComparing(CostQueries.CallCost::callSid))
			.limit(MOST_EXPENSIVE)
			.map((call) -> new CallCost(call.callSid(), at(call.startedAt(), zone), call.durationSec(),
					(call.outcome() != null) ? call.outcome().toLowerCase(Locale.ROOT) : null, Money.usd(call.cost())))
			.toList();
	}

	private CostOptimization.Prices prices(BillingMonth month) {
		PriceTable table = this.properties.prices();
		List<PriceEntry> entries = new ArrayList<>();
		table.voiceInbound()
			.forEach((country, price) -> entries.add(entry(CostComponent.TWILIO_VOICE, "inbound " + country, price)));
		add(entries, CostComponent.TWILIO_SPEECH, "gather", table.speech());
		table.sms().forEach((country, price) -> entries.add(entry(CostComponent.SMS, "outbound " + country, price)));
		table.models().forEach((model, prices) -> {
			add(entries, CostComponent.LLM, model + " input", prices.input());
			add(entries, CostComponent.LLM, model + " output", prices.output());
		});
		add(entries, CostComponent.WHISPER, "transcription", table.whisper());
		List<String> unconfirmed = entries.stream()
			.filter((entry) -> !entry.confirmed())
			.map((entry) -> entry.component() + ": " + entry.item())
			.toList();
		return new CostOptimization.Prices(table.version(), table.effective(), entries, unconfirmed,
				this.queries.unpriced(month));
	}

	private static void add(List<PriceEntry> entries, CostComponent component, String item, Price price) {
		if (price != null) {
			entries.add(entry(component, item, price));
		}
	}

	private static PriceEntry entry(CostComponent component, String item, Price price) {
		return new PriceEntry(component.key(), item, Money.exact(price.usd()), price.per(), price.confirmed(),
				price.source());
	}

	private static OffsetDateTime at(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

}
