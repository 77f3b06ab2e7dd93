package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monthly budget, the thresholds behind the recommendations, the ledger's jobs and
 * the price table.
 *
 * @param monthlyBudgetUsd what a month may cost ({@code BELLA_MONTHLY_BUDGET_USD});
 * alerts at 80, 90 and 100 % of it, and when the month's forecast exceeds it
 * @param targetPerCallUsd what a call should cost at most
 * ({@code BELLA_COST_TARGET_PER_CALL_USD}); a call longer than the length at which the
 * average call reaches it is past the break-even length
 * @param longPromptTokens a request to the language model whose prompt takes more tokens
 * than this is a long prompt ({@code BELLA_COST_LONG_PROMPT_TOKENS})
 * @param forecastAfter how much of the month must have passed before a forecast over
 * budget raises an alert (one early call would otherwise forecast a fortune)
 * @param jobs when the ledger's periodic jobs run
 * @param prices the price table
 */
@ConfigurationProperties("bella.operations.cost")
public record CostProperties(@DefaultValue("50") BigDecimal monthlyBudgetUsd,
		@DefaultValue("0.05") BigDecimal targetPerCallUsd, @DefaultValue("800") int longPromptTokens,
		@DefaultValue("3d") Duration forecastAfter, @DefaultValue Jobs jobs, PriceTable prices) {

	public CostProperties {
		if (monthlyBudgetUsd == null || monthlyBudgetUsd.signum() <= 0) {
			throw new IllegalArgumentException(
					"bella.operations.cost.monthly-budget-usd (BELLA_MONTHLY_BUDGET_USD) must be above zero");
		}
		prices = (prices != null) ? prices
				: new PriceTable("unversioned", null, null, null, Duration.ofSeconds(15), null, null, null);
	}

	/**
	 * The ledger's periodic jobs, each run by one instance at a time.
	 *
	 * @param interval how often texts are costed and actual prices fetched
	 * @param textsLookback how far back each run looks for texts not yet costed
	 * @param actualAfter how long after a call or text Twilio is first asked for its
	 * price
	 * @param actualRecheck how long before Twilio is asked again when it had no price yet
	 * @param actualGiveUpAfter after this long the estimate stays
	 * @param batch the most calls and texts asked about per run
	 */
	public record Jobs(@DefaultValue("5m") Duration interval, @DefaultValue("2d") Duration textsLookback,
			@DefaultValue("2m") Duration actualAfter, @DefaultValue("30m") Duration actualRecheck,
			@DefaultValue("7d") Duration actualGiveUpAfter, @DefaultValue("100") int batch) {
	}

}
