package io.bella.operations.rules;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code redis-down}: CRITICAL when two pings in a row fail on a ready instance, nothing
 * for one lost ping, and no answer at all from an instance still starting.
 */
class RedisDownRuleTests {

	Deque<Boolean> answers = new ArrayDeque<>();

	ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	RedisDownRule rule = new RedisDownRule(
			() -> Boolean.TRUE.equals(this.answers.poll()) ? Health.up().build() : Health.down().build(),
			this.availability);

	@BeforeEach
	void ready() {
		ready(ReadinessState.ACCEPTING_TRAFFIC);
	}

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
	void aStartingInstanceThatRedisHasNotAnsweredCannotTellAndRaisesNothing() {
		ready(ReadinessState.REFUSING_TRAFFIC);
		this.answers.addAll(List.of(false, false));

		assertThatIllegalStateException().isThrownBy(() -> this.rule.evaluate(Instant.parse("2026-03-02T13:00:00Z")))
			.withMessageContaining("still starting");
	}

	@Test
	void aStartingInstanceThatRedisAnswersHasNoCondition() {
		ready(ReadinessState.REFUSING_TRAFFIC);
		this.answers.add(true);

		assertThat(this.rule.evaluate(Instant.parse("2026-03-02T13:00:00Z"))).isEmpty();
	}

	private void ready(ReadinessState state) {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
	}

	@Test
	void oneLostPingOrAnAnswerIsNoCondition() {
		this.answers.addAll(List.of(false, true));
		assertThat(this.rule.evaluate(Instant.parse("2026-03-02T13:00:00Z"))).isEmpty();
		this.answers.add(true);
		assertThat(this.rule.evaluate(Instant.parse("2026-03-02T13:01:00Z"))).isEmpty();
	}

}
