package io.bella.operations.slo;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SLOs' targets and windows, the thresholds of the plain rules and how counts are
 * kept.
 *
 * @param webhookAvailability Twilio's voice webhooks answered 2xx without the apology
 * (99.9 % over 30 days)
 * @param webhookLatency voice webhooks answered within the threshold (99 % within 2 s
 * over 30 days)
 * @param webhookLatencyFast voice webhooks answered within the tighter threshold (99 %
 * within 300 ms over 30 days)
 * @param callSuccess calls that did what the caller called for (95 % over 7 days)
 * @param apiErrors API requests answered without a 5xx (95 % over 1 day)
 * @param callSuccessAlert the {@code call-success-low} rule: fires below this share of
 * successful calls (90 %) over its window (1 day)
 * @param apiErrorRateAlert the {@code api-error-rate} rule: fires above this share of 5xx
 * answers (5 %) over its window (1 hour)
 * @param askedHandoffs how Bella's reply begins when it hands a caller to a person or a
 * message because the caller asked for it (or accepted Bella's offer, or reported an
 * emergency): such a call counts as successful
 * @param answeredMarker what Bella says once it has dealt with a caller's request; a call
 * that heard it and ended with Bella's goodbye, without an apology, was answered
 * @param flushInterval how often each instance writes its counts to the database; a
 * process killed without shutting down loses at most this much
 * @param retention how long per-minute and per-hour counts are kept
 */
@ConfigurationProperties("bella.operations.slo")
record SloProperties(Objective webhookAvailability, Objective webhookLatency, Objective webhookLatencyFast,
		Objective callSuccess, Objective apiErrors, Threshold callSuccessAlert, Threshold apiErrorRateAlert,
		List<String> askedHandoffs, @DefaultValue("Is there anything else I can help you with?") String answeredMarker,
		@DefaultValue("10s") Duration flushInterval, @DefaultValue("35d") Duration retention) {

	private static final List<String> ASKED_HANDOFFS = List.of("Of course.", "That sounds urgent.");

	SloProperties {
		webhookAvailability = or(webhookAvailability, new Objective(0.999, Duration.ofDays(30), 100L, null));
		webhookLatency = or(webhookLatency, new Objective(0.99, Duration.ofDays(30), 100L, Duration.ofSeconds(2)));
		webhookLatencyFast = or(webhookLatencyFast,
				new Objective(0.99, Duration.ofDays(30), 100L, Duration.ofMillis(300)));
		callSuccess = or(callSuccess, new Objective(0.95, Duration.ofDays(7), 20L, null));
		apiErrors = or(apiErrors, new Objective(0.95, Duration.ofDays(1), 100L, null));
		callSuccessAlert = or(callSuccessAlert, new Threshold(0.90, Duration.ofDays(1)));
		apiErrorRateAlert = or(apiErrorRateAlert, new Threshold(0.05, Duration.ofHours(1)));
		askedHandoffs = (askedHandoffs != null) ? List.copyOf(askedHandoffs) : ASKED_HANDOFFS;
	}

	static SloProperties defaults() {
		return new SloProperties(null, null, null, null, null, null, null, List.of("Of course.", "That sounds urgent."),
				"Is there anything else I can help you with?", Duration.ofSeconds(10), Duration.ofDays(35));
	}

	private static Threshold or(Threshold configured, Threshold defaults) {
		if (configured == null) {
			return defaults;
		}
		return new Threshold((configured.share() != null) ? configured.share() : defaults.share(),
				(configured.window() != null) ? configured.window() : defaults.window());
	}

	private static Objective or(Objective configured, Objective defaults) {
		if (configured == null) {
			return defaults;
		}
		return new Objective((configured.target() != null) ? configured.target() : defaults.target(),
				(configured.window() != null) ? configured.window() : defaults.window(),
				(configured.minimumEvents() != null) ? configured.minimumEvents() : defaults.minimumEvents(),
				(configured.threshold() != null) ? configured.threshold() : defaults.threshold());
	}

	/**
	 * When a plain rule fires.
	 *
	 * @param share the share of events it compares with
	 * @param window the window it counts over
	 */
	record Threshold(Double share, Duration window) {
	}

	/**
	 * One SLO's objective; what is not set keeps its default.
	 *
	 * @param target the share of good events, such as 0.999
	 * @param window the rolling window the target holds over
	 * @param minimumEvents fewer events than this in a window says too little: the SLO is
	 * {@code INSUFFICIENT_DATA} over its full window, and no burn-rate alert fires whose
	 * long window holds fewer
	 * @param threshold for a latency SLO, the longest answer that is good
	 */
	record Objective(Double target, Duration window, Long minimumEvents, Duration threshold) {

		Objective {
			if (target != null && !(target > 0 && target < 1)) {
				throw new IllegalArgumentException("An SLO's target is between 0 and 1 (exclusive): " + target);
			}
		}

	}

}
