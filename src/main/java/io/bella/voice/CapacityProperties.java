package io.bella.voice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many calls one instance takes on, beyond {@code bella.voice.max-concurrent-turns}
 * (the most turns running at once).
 *
 * @param maxCalls the most calls in progress the instance lets in (counted from their
 * greeting to their end); beyond it new callers hear that all lines are busy. The
 * operations module's scaling recommendation divides the peak by the same figure
 * @param callIdleAfter how long a call's session may go unwritten before the call no
 * longer counts as in progress (its end reached another instance, or never came)
 * @param reservedTurns turns kept for calls already in progress: a new call starts only
 * while fewer than {@code max-concurrent-turns - reserved-turns} turns run, so that a
 * rush of new calls cannot starve the conversations already under way
 * @param newCallWait how long a new call may wait for room before the caller hears that
 * all lines are busy and is put through to the front desk (or asked to leave a message);
 * it counts against the greeting's turn budget
 * @param slowTurn how long turns may have taken lately (a moving average, from the
 * webhook's arrival to the end of the turn's work) before new calls are turned away: well
 * under the turn budget, so that the calls in progress keep theirs
 */
@ConfigurationProperties("bella.voice.capacity")
public record CapacityProperties(@DefaultValue("200") int maxCalls, @DefaultValue("60s") Duration callIdleAfter,
		@DefaultValue("16") int reservedTurns, @DefaultValue("500ms") Duration newCallWait,
		@DefaultValue("500ms") Duration slowTurn) {

	public CapacityProperties {
		if (maxCalls < 1) {
			throw new IllegalArgumentException("bella.voice.capacity.max-calls must be at least 1");
		}
		if (callIdleAfter.compareTo(Duration.ofSeconds(10)) < 0) {
			throw new IllegalArgumentException(
					"bella.voice.capacity.call-idle-after must be at least 10s: callers pause between turns");
		}
		if (reservedTurns < 0) {
			throw new IllegalArgumentException("bella.voice.capacity.reserved-turns must not be negative");
		}
	}

}
