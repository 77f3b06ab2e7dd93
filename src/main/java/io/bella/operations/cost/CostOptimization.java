package io.bella.operations.cost;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer of {@code GET /api/unified/cost-optimization}: a month's cost against the
 * budget, where it went and what would save most. Money is a decimal string in USD.
 *
 * @param month the month ({@code 2026-03}), in the clinic's time zone
 * @param timeZone that time zone
 * @param from the month's first instant
 * @param to the next month's first instant
 * @param asOf when this was computed
 * @param monthToDate what the month cost so far
 * @param budget the monthly budget
 * @param percentUsed the share of the budget used, in percent
 * @param forecastMonthEnd the month's cost at its end if it goes on as so far
 * @param forecastOverBudget whether that is over the budget
 * @param thresholdsCrossed the alert thresholds (80, 90, 100) the month has reached
 * @param calls the calls that ended in the month
 * @param successfulCalls those that booked, moved or cancelled an appointment
 * @param costPerCall the cost of a call: average, median and 95th percentile
 * @param costPerSuccessfulCall the month's cost over its successful calls
 * @param byComponent the month's cost by component, largest first
 * @param mostExpensiveCalls the ten calls that cost most
 * @param recommendations what would save most, largest saving first
 * @param priceTable the prices used, and which nobody confirmed
 */
record CostOptimization(String month, String timeZone, OffsetDateTime from, OffsetDateTime to, OffsetDateTime asOf,
		String monthToDate, String budget, double percentUsed, String forecastMonthEnd, boolean forecastOverBudget,
		List<Integer> thresholdsCrossed, long calls, long successfulCalls, CostPerCall costPerCall,
		String costPerSuccessfulCall, List<ComponentCost> byComponent, List<CallCost> mostExpensiveCalls,
		List<Recommendations.Recommendation> recommendations, Prices priceTable) {

	/**
	 * What a call cost.
	 *
	 * @param avg on average
	 * @param p50 the median
	 * @param p95 the 95th percentile
	 */
	record CostPerCall(String avg, String p50, String p95) {
	}

	/**
	 * A component's share of the month.
	 *
	 * @param component {@code twilio_voice}, {@code twilio_speech}, {@code sms},
	 * {@code llm} or {@code whisper}
	 * @param amount what it cost
	 * @param sharePercent its share of the month, in percent
	 * @param estimated the part estimated from the price table
	 * @param actual the part Twilio reported
	 * @param unconfirmed the part priced with a price nobody confirmed
	 */
	record ComponentCost(String component, String amount, double sharePercent, String estimated, String actual,
			String unconfirmed) {
	}

	/**
	 * One call.
	 *
	 * @param callSid its SID ({@code GET /api/calls/{sid}} has its lines)
	 * @param startedAt when it started
	 * @param durationSec how long it lasted
	 * @param outcome how it ended
	 * @param cost what it cost
	 */
	record CallCost(String callSid, OffsetDateTime startedAt, int durationSec, String outcome, String cost) {
	}

	/**
	 * The price table.
	 *
	 * @param version its version
	 * @param effective the day it took effect
	 * @param prices each price
	 * @param unconfirmed the prices nobody confirmed
	 * @param unpriced the month's charges the table had no price for (counted at zero)
	 */
	record Prices(String version, LocalDate effective, List<PriceEntry> prices, List<String> unconfirmed,
			List<String> unpriced) {
	}

	/**
	 * One price.
	 *
	 * @param component the component it prices
	 * @param item which charge ({@code inbound CA}, {@code gpt-4o-mini input})
	 * @param usd the price
	 * @param per per what
	 * @param confirmed whether someone confirmed it at the source
	 * @param source where it is published
	 */
	record PriceEntry(String component, String item, String usd, String per, boolean confirmed, String source) {
	}

}
