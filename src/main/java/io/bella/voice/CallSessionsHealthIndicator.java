package io.bella.voice;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the store of call sessions answers: every turn of every call reads and writes
 * it, so an instance that cannot reach it cannot carry calls and is not ready for them
 * (it is in the readiness group as {@code callSessions}).
 */
class CallSessionsHealthIndicator implements HealthIndicator {

	private final CallSessions sessions;

	CallSessionsHealthIndicator(CallSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public Health health() {
		try {
			this.sessions.check();
			return Health.up().withDetail("store", this.sessions.store()).build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).withDetail("store", this.sessions.store()).build();
		}
	}

}
