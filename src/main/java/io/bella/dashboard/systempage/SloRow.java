package io.bella.dashboard.systempage;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.operations.SloBoard;

/**
 * An SLO as the system page writes it.
 *
 * @param name its name
 * @param component what it is about
 * @param objective the target and window, such as {@code 99.90 % over 30d}
 * @param status {@code OK}, {@code TICKET}, {@code PAGE} or {@code INSUFFICIENT DATA}
 * @param statusClass the CSS class of the status
 * @param events good of all events
 * @param budgetLeft the error budget left in percent, or "—" without events
 * @param burnRates the known burn rates by window, or "None yet"
 */
record SloRow(String name, String component, String objective, String status, String statusClass, String events,
		String budgetLeft, String burnRates) {

	static SloRow of(SloBoard.Slo slo) {
		String budget = (slo.total() > 0) ? String.format(Locale.ENGLISH, "%.1f %%", slo.budgetRemaining() * 100) : "—";
		return new SloRow(slo.name(), slo.component(),
				String.format(Locale.ENGLISH, "%.2f %% over %s", slo.target() * 100, slo.window()),
				slo.status().replace('_', ' '), "slo slo-" + slo.status().toLowerCase(Locale.ROOT),
				slo.good() + " / " + slo.total(), budget, burnRates(slo.burnRates()));
	}

	static String burnRates(Map<String, Double> rates) {
		String known = rates.entrySet()
			.stream()
			.filter((rate) -> rate.getValue() != null)
			.map((rate) -> String.format(Locale.ENGLISH, "%s %.2f", rate.getKey(), rate.getValue()))
			.collect(Collectors.joining(", "));
		return known.isEmpty() ? "None yet" : known;
	}

}
