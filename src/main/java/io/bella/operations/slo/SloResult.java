package io.bella.operations.slo;

import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.Severity;

/**
 * One SLO now, as {@code GET /api/unified/sla-metrics} tells it.
 *
 * @param name the SLO ({@code webhook-availability})
 * @param component the part of Bella its alerts concern
 * @param objective what it promises
 * @param status {@code PAGE} while a CRITICAL burn-rate pair holds, {@code TICKET} while
 * a MEDIUM one does, {@code INSUFFICIENT_DATA} while its full window holds fewer events
 * than its minimum, otherwise {@code OK}
 * @param events its events over the full window
 * @param sli the share of good events per window ({@code 5m} to {@code 3d}, and
 * {@code full}); {@code null} for a window without events
 * @param errorBudget the error budget over the full window
 * @param burnRate how fast each window spends the budget: 1 spends it exactly over the
 * full window; {@code null} for a window without events
 * @param burning the burn-rate pairs that hold now
 */
public record SloResult(String name, String component, SloObjective objective, Status status, Events events,
		Map<String, Double> sli, ErrorBudget errorBudget, Map<String, Double> burnRate, List<BurningPair> burning) {

	/**
	 * An SLO's events.
	 *
	 * @param total every event
	 * @param good those that met the objective
	 */
	public record Events(long total, long good) {
	}

	/**
	 * What an SLO promises.
	 *
	 * @param target the share of good events ({@code 0.999})
	 * @param window the rolling window ({@code 30d})
	 * @param goodEvent which events are good
	 * @param minimumEvents the fewest events a window needs to say anything
	 */
	public record SloObjective(double target, String window, String goodEvent, long minimumEvents) {
	}

	/**
	 * The error budget over the full window: the bad events the target allows among the
	 * events so far.
	 *
	 * @param total the bad events allowed
	 * @param consumed the bad events there were
	 * @param remaining those still allowed; negative when overspent
	 * @param remainingMinutes for availability, the budget left told as minutes of
	 * downtime in the window (43.2 for 99.9 % over 30 days when nothing is spent);
	 * {@code null} for the others
	 */
	public record ErrorBudget(double total, long consumed, double remaining, Double remainingMinutes) {
	}

	/**
	 * A burn-rate pair that holds.
	 *
	 * @param alert the pair ({@code 14.4x over 1h and 5m})
	 * @param severity the alert it raises
	 * @param longBurnRate the long window's burn rate
	 * @param shortBurnRate the short window's
	 */
	public record BurningPair(String alert, Severity severity, double longBurnRate, double shortBurnRate) {
	}

	/** How an SLO stands. */
	public enum Status {

		/** Within its objective, or burning slower than any alert. */
		OK,
		/** A MEDIUM burn-rate pair holds: worth a ticket. */
		TICKET,
		/** A CRITICAL burn-rate pair holds: a person is needed now. */
		PAGE,
		/** Too few events over the full window to say. */
		INSUFFICIENT_DATA

	}

}
