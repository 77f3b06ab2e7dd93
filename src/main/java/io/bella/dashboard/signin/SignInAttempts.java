package io.bella.dashboard.signin;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.bella.dashboard.DashboardProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per address as typed, whether an account has it or not, counted in the
 * database so that every instance sees the same count: after
 * {@code bella.dashboard.lockout.failures} within the window, sign-in with that address
 * is refused for the lockout's duration. Each failure is one {@code UPDATE} of the
 * address's row, which the database applies one after the other, so failures arriving at
 * several instances at once are all counted.
 */
@Component
class SignInAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DashboardProperties.Lockout lockout;

	SignInAttempts(JdbcClient jdbc, Clock clock, DashboardProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lockout = properties.lockout();
	}

	boolean isLocked(String email) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("SELECT locked_until FROM sign_in_attempt WHERE email = ?")
			.param(email)
			.query((row, number) -> row.getObject(1, OffsetDateTime.class))
			.optional()
			.filter((lockedUntil) -> lockedUntil.toInstant().isAfter(now))
			.isPresent();
	}

	void recordFailure(String email) {
		Instant now = this.clock.instant();
		if (countFailure(email, now)) {
			return;
		}
		OffsetDateTime lockedUntil = (this.lockout.failures() == 1) ? utc(now.plus(this.lockout.duration())) : null;
		int inserted = this.jdbc.sql("""
				INSERT INTO sign_in_attempt (email, failures, window_start, locked_until)
				VALUES (?, 1, ?, ?) ON CONFLICT DO NOTHING""").params(email, utc(now), lockedUntil).update();
		if (inserted == 0) {
			// another instance counted this address's first failure at the same moment
			countFailure(email, now);
		}
	}

	void clear(String email) {
		this.jdbc.sql("DELETE FROM sign_in_attempt WHERE email = ?").param(email).update();
	}

	// locked_until is assigned first and window_start last, and each reads only columns
	// assigned after it, so the result is the same whether the database evaluates the
	// assignments on the old row (PostgreSQL) or one after the other
	private boolean countFailure(String email, Instant now) {
		OffsetDateTime windowFloor = utc(now.minus(this.lockout.window()));
		return this.jdbc.sql("""
				UPDATE sign_in_attempt SET
				    locked_until = CASE WHEN window_start > :floor AND failures + 1 >= :limit THEN :until
				                        ELSE locked_until END,
				    failures = CASE WHEN window_start > :floor THEN failures + 1 ELSE 1 END,
				    window_start = CASE WHEN window_start > :floor THEN window_start ELSE :now END
				WHERE email = :email""")
			.param("floor", windowFloor)
			.param("limit", this.lockout.failures())
			.param("until", utc(now.plus(this.lockout.duration())))
			.param("now", utc(now))
			.param("email", email)
			.update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
