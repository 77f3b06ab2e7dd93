package io.bella.operations.slo;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables the {@link EnabledIfPromtool} tests when {@code PROMTOOL} is set, and otherwise
 * disables them with a reason that says how to run them.
 */
class PromtoolCondition implements ExecutionCondition {

	static final String NOT_SET = "PROMTOOL is not set";

	static final String HOW_TO_RUN = "CI's .ci/run sets it; to run them here: PROMTOOL=$(command -v promtool) "
			+ "./mvnw verify";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return evaluate(System.getenv("PROMTOOL"));
	}

	static ConditionEvaluationResult evaluate(String promtool) {
		return (promtool != null && !promtool.isBlank()) ? ConditionEvaluationResult.enabled("PROMTOOL is set")
				: ConditionEvaluationResult
					.disabled(NOT_SET + ", so the Prometheus format tests are skipped (" + HOW_TO_RUN + ")");
	}

}
