package io.bella.operations.slo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import io.bella.operations.slo.SloProperties.Threshold;

import org.springframework.stereotype.Component;

/**
 * {@code call-success-low}: HIGH while fewer than 90 % of the calls that ended in the
 * last day succeeded (the call-success SLO's good event), once there were at least the
 * SLO's minimum of calls; resolves when the share is back.
 */
@Component
class CallSuccessRule implements AlertRule {

	static final String NAME = "call-success-low";

	private final Slos slos;

	private final Slo slo;

	private final Threshold threshold;

	CallSuccessRule(Slos slos, SloProperties properties) {
		this.slos = slos;
		this.slo = slos.definition(Slo.CALL_SUCCESS);
		this.threshold = properties.callSuccessAlert();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		Instant end = Windows.end(now);
		Counts calls = this.slos.count(this.slo, end.minus(this.threshold.window()), end);
		if (calls.total() < this.slo.minimumEvents() || calls.sli() >= this.threshold.share()) {
			return List.of();
		}
		return List.of(new Condition(NAME, Map.of(), Severity.HIGH, this.slo.component(),
				"Only " + BurnRateRule.percent(calls.sli()) + " of calls succeeded in the last "
						+ Windows.label(this.threshold.window()),
				calls.good() + " of " + calls.total() + " calls with speech succeeded (below "
						+ BurnRateRule.percent(this.threshold.share()) + "): " + this.slo.goodEvent()
						+ ". Read the failed calls' turns: GET /api/calls."));
	}

}
