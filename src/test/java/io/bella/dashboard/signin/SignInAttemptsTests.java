package io.bella.dashboard.signin;

import java.time.Duration;
import java.time.Instant;

import io.bella.MutableClock;
import io.bella.dashboard.DashboardProperties;
import io.bella.operations.H2Database;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lockout's count on the embedded database: five failures within fifteen minutes lock
 * for fifteen minutes; older failures and a success start the count again.
 */
class SignInAttemptsTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));

	final JdbcClient jdbc = JdbcClient.create(H2Database.migrated());

	final SignInAttempts attempts = new SignInAttempts(this.jdbc, this.clock,
			new DashboardProperties(new DashboardProperties.Admin(null, null),
					new DashboardProperties.Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15))));

	@Test
	void theFifthFailureWithinTheWindowLocksForTheDuration() {
		for (int i = 0; i < 4; i++) {
			this.attempts.recordFailure("jo@clinic.example");
			this.clock.advance(Duration.ofMinutes(3));
		}
		assertThat(this.attempts.isLocked("jo@clinic.example")).isFalse();

		this.attempts.recordFailure("jo@clinic.example");

		assertThat(this.attempts.isLocked("jo@clinic.example")).isTrue();
		assertThat(this.attempts.isLocked("other@clinic.example")).isFalse();
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.attempts.isLocked("jo@clinic.example")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.attempts.isLocked("jo@clinic.example")).isFalse();
	}

	@Test
	void failuresOlderThanTheWindowStartTheCountAgain() {
		for (int i = 0; i < 4; i++) {
			this.attempts.recordFailure("jo@clinic.example");
		}
		this.clock.advance(Duration.ofMinutes(16));

		this.attempts.recordFailure("jo@clinic.example");

		assertThat(this.attempts.isLocked("jo@clinic.example")).isFalse();
		assertThat(this.jdbc.sql("SELECT failures FROM sign_in_attempt").query(Integer.class).single()).isOne();
	}

	@Test
	void aSuccessClearsTheCount() {
		for (int i = 0; i < 4; i++) {
			this.attempts.recordFailure("jo@clinic.example");
		}

		this.attempts.clear("jo@clinic.example");
		this.attempts.recordFailure("jo@clinic.example");

		assertThat(this.attempts.isLocked("jo@clinic.example")).isFalse();
		assertThat(this.jdbc.sql("SELECT failures FROM sign_in_attempt").query(Integer.class).single()).isOne();
	}

}
