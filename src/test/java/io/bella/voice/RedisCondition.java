package io.bella.voice;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables the {@link EnabledIfRedis} tests when {@code REDIS_URL} is set, and otherwise
 * disables them with a reason that says how to run them.
 */
class RedisCondition implements ExecutionCondition {

	static final String NOT_SET = "REDIS_URL is not set";

	static final String HOW_TO_RUN = "CI's .ci/run sets it; to run them here: REDIS_URL=redis://127.0.0.1:6379 "
			+ "./mvnw verify";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return evaluate(System.getenv("REDIS_URL"));
	}

	static ConditionEvaluationResult evaluate(String redisUrl) {
		return (redisUrl != null && !redisUrl.isBlank()) ? ConditionEvaluationResult.enabled("REDIS_URL is set")
				: ConditionEvaluationResult.disabled(NOT_SET + ", so the Redis tests are skipped (" + HOW_TO_RUN + ")");
	}

}
