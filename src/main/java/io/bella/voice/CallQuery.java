package io.bella.voice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.bella.dialogue.CallOutcome;
import io.bella.system.InvalidRequestException;

/**
 * Which calls to list or export; {@code null} means "any".
 *
 * @param from calls that started at or after
 * @param to calls that started before
 * @param outcome how they ended, as {@link #OUTCOMES} names it (any case)
 * @param caller the caller's number in E.164
 * @param minP95LatencyMs calls whose p95 turn latency was at least this (ended calls)
 * @param minCost calls that cost at least this, USD (needs the cost ledger's
 * {@link CallCostExpression})
 */
public record CallQuery(Instant from, Instant to, String outcome, String caller, Integer minP95LatencyMs,
		BigDecimal minCost) {

	/** How a call can end, as the query and the API name it. */
	public static final List<String> OUTCOMES = Arrays.stream(CallOutcome.values()).map(Enum::name).toList();

	/**
	 * @throws InvalidRequestException when the outcome is not one of {@link #OUTCOMES} or
	 * {@code to} is not after {@code from}
	 */
	public CallQuery {
		if (outcome != null && !outcome.isBlank()) {
			outcome = outcome.trim().toUpperCase(Locale.ROOT);
			if (!OUTCOMES.contains(outcome)) {
				throw new InvalidRequestException("outcome", "must be one of " + String.join(", ", OUTCOMES));
			}
		}
		else {
			outcome = null;
		}
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidRequestException("to", "must be after from");
		}
	}

}
