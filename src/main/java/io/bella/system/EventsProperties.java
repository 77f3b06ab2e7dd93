package io.bella.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How incomplete event publications are resubmitted.
 *
 * @param resubmitAfter how old an incomplete publication is before it is resubmitted
 * ({@code BELLA_EVENTS_RESUBMIT_AFTER}): longer than any listener takes, so that one
 * still at work on some instance is left alone
 * @param resubmitInterval how often they are looked for
 * ({@code BELLA_EVENTS_RESUBMIT_INTERVAL})
 */
@ConfigurationProperties("bella.events")
record EventsProperties(@DefaultValue("5m") Duration resubmitAfter, @DefaultValue("1m") Duration resubmitInterval) {

	EventsProperties {
		if (resubmitAfter.isNegative() || resubmitInterval.isZero() || resubmitInterval.isNegative()) {
			throw new IllegalArgumentException("bella.events.resubmit-after must not be negative and "
					+ "bella.events.resubmit-interval must be positive");
		}
	}

}
