package io.bella.operations.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code redis-down}: CRITICAL while Redis, where call sessions are kept when
 * {@code REDIS_URL} is set, does not answer voice's {@code callSessions} health check (a
 * ping that gives up within half a second) twice in a row. Every turn of every call reads
 * and writes its session there. Resolves at the first evaluation that reaches it. Without
 * {@code REDIS_URL} the rule does not exist.
 * <p>
 * An instance that is still starting (not yet ready for traffic) may not have opened its
 * connection yet: a failed ping then cannot tell an outage from a slow start, so the rule
 * throws and the alerts stay as they are, rather than paging on every deployment.
 */
@Component
@ConditionalOnExpression("!'${bella.redis.url:}'.isBlank()")
class RedisDownRule implements AlertRule {

	static final String NAME = "redis-down";

	private final HealthIndicator sessions;

	private final ApplicationAvailability availability;

	RedisDownRule(@Qualifier("callSessionsHealthIndicator") HealthIndicator sessions,
			ApplicationAvailability availability) {
		this.sessions = sessions;
		this.availability = availability;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		// a second check at once, so that one lost ping while the connection is re-opened
		// does not page anyone
		if (answers() || answers()) {
			return List.of();
		}
		if (this.availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			throw new IllegalStateException("Redis has not answered this instance, which is still starting");
		}
		return List.of(new Condition(NAME, Map.of(), Severity.CRITICAL, "redis", "Redis does not answer",
				"The call sessions' store (REDIS_URL) failed two pings in a row. Turns cannot read or write their "
						+ "session: callers hear the apology and are put through to the front desk, and this "
						+ "instance is not ready (readiness probe) until Redis answers."));
	}

	private boolean answers() {
		return Status.UP.equals(this.sessions.health().getStatus());
	}

}
