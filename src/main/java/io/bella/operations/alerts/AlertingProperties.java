package io.bella.operations.alerts;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are evaluated and repeated.
 *
 * @param evaluationInterval how often the rules are evaluated, on one instance
 * ({@code BELLA_ALERT_EVALUATION_INTERVAL})
 * @param repeat how often the notice of an unacknowledged alert is repeated, per
 * severity; a severity without an entry is not repeated
 * ({@code BELLA_ALERT_REPEAT_CRITICAL} 1h, {@code BELLA_ALERT_REPEAT_HIGH} 4h)
 */
@ConfigurationProperties("bella.operations.alerts")
public record AlertingProperties(@DefaultValue("1m") Duration evaluationInterval, Map<Severity, Duration> repeat) {

	public AlertingProperties {
		Map<Severity, Duration> intervals = new EnumMap<>(Severity.class);
		if (repeat != null) {
			repeat.forEach((severity, interval) -> {
				if (interval != null && !interval.isNegative() && !interval.isZero()) {
					intervals.put(severity, interval);
				}
			});
		}
		repeat = Map.copyOf(intervals);
	}

}
