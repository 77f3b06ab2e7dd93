package io.bella.operations.rules;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code redis-down}: CRITICAL when two pings in a row fail, nothing for one lost ping.
 */
class RedisDownRuleTests {

	Deque<Boolean> answers = new ArrayDeque<>();

	RedisDownRule rule = new RedisDownRule(
			() -> Boolean.TRUE.equals(this.answers.poll()) ? Health.up().build() : Health.down().build());

	@Test
	void twoFailedPingsInARowAreACriticalConditionOfRedis() {
		this.answers.addAll(List.of(false, false));

		List<Condition> conditions = this.rule.evaluate(Instant.parse("2026-03-02T13:00:00Z"));

		assertThat(conditions).singleElement().satisfies((condition) -> {
			assertThat(condition.fingerprint()).isEqualTo("redis-down{}");
			assertThat(condition.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(condition.component()).isEqualTo("redis");
			assertThat(condition.summary()).isEqualTo("Redis does not answer");
		});
	}

	@Test
	void oneLostPingOrAnAnswerIsNoCondition() {
		this.answers.addAll(List.of(false, true));
		assertThat(this.rule.evaluate(Instant.parse("2026-03-02T13:00:00Z"))).isEmpty();
		this.answers.add(true);
		assertThat(this.rule.evaluate(Instant.parse("2026-03-02T13:01:00Z"))).isEmpty();
	}

}
