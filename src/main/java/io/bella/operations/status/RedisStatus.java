package io.bella.operations.status;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Redis, when call sessions are kept there ({@code REDIS_URL}): voice's
 * {@code callSessions} health indicator, a ping that gives up within half a second.
 */
@Component
@ConditionalOnExpression("!'${bella.redis.url:}'.isBlank()")
class RedisStatus implements StatusContributor {

	static final String NAME = "redis";

	private final HealthIndicator sessions;

	RedisStatus(@Qualifier("callSessionsHealthIndicator") HealthIndicator sessions) {
		this.sessions = sessions;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ComponentStatus> status(Instant now) {
		Health health = this.sessions.health();
		if (Status.UP.equals(health.getStatus())) {
			return List.of(ComponentStatus.green(NAME, "Answers; call sessions are kept there."));
		}
		return List.of(ComponentStatus.red(NAME, "Does not answer: every turn of every call needs it, so "
				+ "callers hear the apology and are put through to the front desk."));
	}

}
