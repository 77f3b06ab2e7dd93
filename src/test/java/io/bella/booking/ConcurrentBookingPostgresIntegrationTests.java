package io.bella.booking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.bella.BellaIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The no-overlap guarantee on real PostgreSQL, including the exclusion constraint that
 * backs up the lock when something writes around the booking service.
 */
@BellaIntegrationTest
class ConcurrentBookingPostgresIntegrationTests extends ConcurrentBookingTestSupport {

	@Test
	void exclusionConstraintRejectsOverlapsWrittenAroundTheService() {
		OffsetDateTime start = OffsetDateTime.of(2026, 9, 1, 14, 0, 0, 0, ZoneOffset.UTC);
		insertDirectly(start, start.plusMinutes(30));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertDirectly(start.plusMinutes(15), start.plusMinutes(45)));
		insertDirectly(start.plusMinutes(30), start.plusMinutes(60));
	}

	@Test
	void exclusionConstraintKeepsBuffersFree() {
		OffsetDateTime start = OffsetDateTime.of(2026, 9, 2, 14, 0, 0, 0, ZoneOffset.UTC);
		// a cleaning 14:00-15:00 with 10 minutes kept free after it
		insertDirectly(start, start.plusMinutes(60), start, start.plusMinutes(70));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertDirectly(start.plusMinutes(60), start.plusMinutes(90)));
		insertDirectly(start.plusMinutes(75), start.plusMinutes(105));
	}

	private void insertDirectly(OffsetDateTime start, OffsetDateTime end) {
		insertDirectly(start, end, start, end);
	}

	private void insertDirectly(OffsetDateTime start, OffsetDateTime end, OffsetDateTime blockedFrom,
			OffsetDateTime blockedTo) {
		this.jdbc.sql("""
				INSERT INTO appointment (patient_id, provider_id, starts_at, ends_at, blocked_from, blocked_to,
				    status, source, created_at, updated_at)
				VALUES (?, 1, ?, ?, ?, ?, 'booked', 'api', now(), now())
				""").params(this.patientIds.get(0), start, end, blockedFrom, blockedTo).update();
	}

}
