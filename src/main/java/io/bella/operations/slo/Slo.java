package io.bella.operations.slo;

import java.time.Duration;
import java.util.List;

import io.bella.operations.slo.SloProperties.Objective;

/**
 * One service level objective: what it measures and what it promises.
 *
 * @param name its name, also the series its events are counted under
 * ({@code webhook-availability})
 * @param component the part of Bella its alerts concern ({@code voice}, {@code api})
 * @param goodEvent which events are good, in words
 * @param target the share of good events promised
 * @param window the rolling window the promise holds over
 * @param minimumEvents the fewest events a window needs to say anything
 * @param availability whether its error budget is also told in minutes of downtime
 */
record Slo(String name, String component, String goodEvent, double target, Duration window, long minimumEvents,
		boolean availability) {

	static final String WEBHOOK_AVAILABILITY = "webhook-availability";

	static final String WEBHOOK_LATENCY = "webhook-latency";

	static final String WEBHOOK_LATENCY_FAST = "webhook-latency-fast";

	static final String CALL_SUCCESS = "call-success";

	static final String API_ERRORS = "api-errors";

	/** The share of events allowed to be bad. */
	double budget() {
		return 1 - this.target;
	}

	/**
	 * Bella's SLOs with their configured objectives.
	 */
	static List<Slo> all(SloProperties properties) {
		return List.of(
				slo(WEBHOOK_AVAILABILITY, "voice", properties.webhookAvailability(),
						"a Twilio voice webhook answered 2xx without the fallback apology (after a failure, an "
								+ "exhausted turn budget or no room for the turn)",
						true),
				slo(WEBHOOK_LATENCY, "voice", properties.webhookLatency(),
						"a Twilio voice webhook answered within "
								+ Windows.label(properties.webhookLatency().threshold()),
						false),
				slo(WEBHOOK_LATENCY_FAST, "voice", properties.webhookLatencyFast(),
						"a Twilio voice webhook answered within "
								+ Windows.label(properties.webhookLatencyFast().threshold()),
						false),
				slo(CALL_SUCCESS, "voice", properties.callSuccess(),
						"an ended call with at least one speech turn that booked, moved or cancelled an "
								+ "appointment, was answered, or was handed to a person or a message because "
								+ "the caller asked for it",
						false),
				slo(API_ERRORS, "api", properties.apiErrors(), "an /api/** request answered without a 5xx status",
						false));
	}

	private static Slo slo(String name, String component, Objective objective, String goodEvent, boolean availability) {
		return new Slo(name, component, goodEvent, objective.target(), objective.window(), objective.minimumEvents(),
				availability);
	}

}
