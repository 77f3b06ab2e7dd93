package io.bella.operations.kpi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the scaling recommendation is worked out: instances = ceil(peak concurrent calls ×
 * headroom ÷ capacity per instance), at least one.
 *
 * @param capacityPerInstance concurrent calls one instance carries, as measured with
 * {@code bench/voice-load.sh} (200 callers, -Xmx512m, 2 cores)
 * @param headroom the factor above the observed peak to plan for
 */
@ConfigurationProperties("bella.operations.kpi")
public record KpiProperties(@DefaultValue("200") int capacityPerInstance, @DefaultValue("1.5") double headroom) {

	public KpiProperties {
		if (capacityPerInstance < 1) {
			throw new IllegalArgumentException("bella.operations.kpi.capacity-per-instance must be at least 1");
		}
		if (headroom < 1) {
			throw new IllegalArgumentException("bella.operations.kpi.headroom must be at least 1");
		}
	}

}
