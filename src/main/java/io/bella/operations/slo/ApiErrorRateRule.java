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
 * {@code api-error-rate}: HIGH while more than 5 % of the API's requests in the last hour
 * were answered with a 5xx, once there were at least the API SLO's minimum of requests;
 * resolves when the share is back under.
 */
@Component
class ApiErrorRateRule implements AlertRule {

	static final String NAME = "api-error-rate";

	private final Slos slos;

	private final Slo slo;

	private final Threshold threshold;

	ApiErrorRateRule(Slos slos, SloProperties properties) {
		this.slos = slos;
		this.slo = slos.definition(Slo.API_ERRORS);
		this.threshold = properties.apiErrorRateAlert();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		Instant end = Windows.end(now);
		Counts requests = this.slos.count(this.slo, end.minus(this.threshold.window()), end);
		if (requests.total() < this.slo.minimumEvents()) {
			return List.of();
		}
		double errorRate = (double) requests.bad() / requests.total();
		if (errorRate <= this.threshold.share()) {
			return List.of();
		}
		return List.of(new Condition(NAME, Map.of(), Severity.HIGH, this.slo.component(),
				BurnRateRule.percent(errorRate) + " of API requests failed with a 5xx in the last "
						+ Windows.label(this.threshold.window()),
				requests.bad() + " of " + requests.total() + " requests answered 5xx (above "
						+ BurnRateRule.percent(this.threshold.share())
						+ "). The log's errors of those requests say why; their request ids are in the "
						+ "problem details."));
	}

}
