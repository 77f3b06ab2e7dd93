package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.Severity;
import io.bella.operations.slo.SloResult.BurningPair;
import io.bella.operations.slo.SloResult.ErrorBudget;
import io.bella.operations.slo.SloResult.Events;
import io.bella.operations.slo.SloResult.SloObjective;
import io.bella.operations.slo.SloResult.Status;
import io.bella.operations.slo.Windows.BurnRateAlert;

/**
 * Tells how an SLO stands from its counts: the SLI and burn rate of each window, the
 * error budget over the full window, the burn-rate pairs that hold and the status.
 */
final class SloCalculator {

	private SloCalculator() {
	}

	static SloResult evaluate(Slo slo, SloData data, Instant now) {
		Instant end = Windows.end(now);
		List<Duration> windows = new ArrayList<>(Windows.STANDARD);
		if (!windows.contains(slo.window())) {
			windows.add(slo.window());
		}
		Map<Duration, Counts> counts = data.count(slo, end, windows);
		Counts full = counts.get(slo.window());
		Map<String, Double> sli = new LinkedHashMap<>();
		Map<String, Double> burnRate = new LinkedHashMap<>();
		for (Duration window : Windows.STANDARD) {
			sli.put(Windows.label(window), round(counts.get(window).sli(), 6));
			burnRate.put(Windows.label(window), round(burnRate(slo, counts.get(window)), 2));
		}
		sli.put(Windows.FULL, round(full.sli(), 6));
		burnRate.put(Windows.FULL, round(burnRate(slo, full), 2));
		List<BurningPair> burning = new ArrayList<>();
		for (BurnRateAlert alert : Windows.ALERTS) {
			Counts longWindow = counts.get(alert.longWindow());
			Double longRate = burnRate(slo, longWindow);
			Double shortRate = burnRate(slo, counts.get(alert.shortWindow()));
			if (longWindow.total() >= slo.minimumEvents() && longRate != null && longRate > alert.rate()
					&& shortRate != null && shortRate > alert.rate()) {
				burning
					.add(new BurningPair(alert.describe(), alert.severity(), round(longRate, 2), round(shortRate, 2)));
			}
		}
		return new SloResult(slo.name(), slo.component(),
				new SloObjective(slo.target(), Windows.label(slo.window()), slo.goodEvent(), slo.minimumEvents()),
				status(slo, full, burning), new Events(full.total(), full.good()), sli, budget(slo, full), burnRate,
				burning);
	}

	/**
	 * How many times faster than allowed the window spends the budget: its share of bad
	 * events over the share the target allows.
	 */
	static Double burnRate(Slo slo, Counts counts) {
		return (counts.total() > 0) ? ((double) counts.bad() / counts.total()) / slo.budget() : null;
	}

	private static Status status(Slo slo, Counts full, List<BurningPair> burning) {
		if (burning.stream().anyMatch((pair) -> pair.severity() == Severity.CRITICAL)) {
			return Status.PAGE;
		}
		if (!burning.isEmpty()) {
			return Status.TICKET;
		}
		return (full.total() < slo.minimumEvents()) ? Status.INSUFFICIENT_DATA : Status.OK;
	}

	private static ErrorBudget budget(Slo slo, Counts full) {
		double allowed = full.total() * slo.budget();
		double remaining = allowed - full.bad();
		Double minutes = null;
		if (slo.availability()) {
			double share = (allowed > 0) ? remaining / allowed : 1;
			minutes = round(slo.window().toMinutes() * slo.budget() * share, 1);
		}
		return new ErrorBudget(round(allowed, 2), full.bad(), round(remaining, 2), minutes);
	}

	private static Double round(Double value, int digits) {
		if (value == null) {
			return null;
		}
		double scale = Math.pow(10, digits);
		return Math.round(value * scale) / scale;
	}

}
