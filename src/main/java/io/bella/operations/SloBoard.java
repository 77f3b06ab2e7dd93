package io.bella.operations;

import java.util.List;
import java.util.Map;

/**
 * The SLOs for people: each objective with its error budget and burn rates, as
 * {@code /api/unified/sla-metrics} tells them.
 */
public interface SloBoard {

	/** Every SLO now. */
	List<Slo> slos();

	/**
	 * One SLO.
	 *
	 * @param name its name
	 * @param component what it is about
	 * @param target the objective, a fraction such as 0.999
	 * @param window the window it is kept over, such as {@code 30d}
	 * @param status {@code OK}, {@code TICKET}, {@code PAGE} or {@code INSUFFICIENT_DATA}
	 * @param total events over the window
	 * @param good those that were good
	 * @param budgetRemaining the share of the error budget left (may be negative)
	 * @param burnRates the burn rate over each window ({@code 1h}, {@code 6h}, …)
	 */
	record Slo(String name, String component, double target, String window, String status, long total, long good,
			double budgetRemaining, Map<String, Double> burnRates) {
	}

}
