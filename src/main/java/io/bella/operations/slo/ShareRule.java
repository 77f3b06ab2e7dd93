package io.bella.operations.slo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import io.bella.operations.slo.SloProperties.Threshold;

/**
 * A plain threshold on an SLO's events over one window, HIGH while it is breached and the
 * window holds at least the SLO's minimum of events, resolved once it is not:
 * <ul>
 * <li>{@code call-success-low}: fewer than 90 % of the calls that ended in the last day
 * succeeded (the call-success SLO's good event);</li>
 * <li>{@code api-error-rate}: more than 5 % of the API's requests in the last hour were
 * answered with a 5xx.</li>
 * </ul>
 */
final class ShareRule implements AlertRule {

	static final String CALL_SUCCESS_LOW = "call-success-low";

	static final String API_ERROR_RATE = "api-error-rate";

	private final String name;

	private final Slos slos;

	private final Slo slo;

	private final Threshold threshold;

	private final Predicate<Counts> breached;

	private final Function<Counts, List<String>> texts;

	private ShareRule(String name, Slos slos, Slo slo, Threshold threshold, Predicate<Counts> breached,
			Function<Counts, List<String>> texts) {
		this.name = name;
		this.slos = slos;
		this.slo = slo;
		this.threshold = threshold;
		this.breached = breached;
		this.texts = texts;
	}

	static ShareRule callSuccessLow(Slos slos, SloProperties properties) {
		Threshold threshold = properties.callSuccessAlert();
		Slo slo = slos.definition(Slo.CALL_SUCCESS);
		return new ShareRule(CALL_SUCCESS_LOW, slos, slo, threshold, (calls) -> calls.sli() < threshold.share(),
				(calls) -> List.of(
						"Only " + BurnRateRule.percent(calls.sli()) + " of calls succeeded in the last "
								+ Windows.label(threshold.window()),
						calls.good() + " of " + calls.total() + " calls with speech succeeded (below "
								+ BurnRateRule.percent(threshold.share()) + "): " + slo.goodEvent()
								+ ". Read the failed calls' turns: GET /api/calls."));
	}

	static ShareRule apiErrorRate(Slos slos, SloProperties properties) {
		Threshold threshold = properties.apiErrorRateAlert();
		return new ShareRule(API_ERROR_RATE, slos, slos.definition(Slo.API_ERRORS), threshold,
				(requests) -> errorRate(requests) > threshold.share(),
				(requests) -> List.of(
						BurnRateRule.percent(errorRate(requests)) + " of API requests failed with a 5xx in the last "
								+ Windows.label(threshold.window()),
						requests.bad() + " of " + requests.total() + " requests answered 5xx (above "
								+ BurnRateRule.percent(threshold.share())
								+ "). The log's errors of those requests say why; their request ids are in the "
								+ "problem details."));
	}

	private static double errorRate(Counts requests) {
		return (double) requests.bad() / requests.total();
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		Instant end = Windows.end(now);
		Counts counts = this.slos.count(this.slo, end.minus(this.threshold.window()), end);
		if (counts.total() < this.slo.minimumEvents() || !this.breached.test(counts)) {
			return List.of();
		}
		List<String> texts = this.texts.apply(counts);
		return List
			.of(new Condition(this.name, Map.of(), Severity.HIGH, this.slo.component(), texts.get(0), texts.get(1)));
	}

}
