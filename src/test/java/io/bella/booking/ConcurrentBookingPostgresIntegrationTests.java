package io.bella.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.bella.BellaIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The no-overlap guarantees on real PostgreSQL, including the exclusion constraints that
 * back up the locks when something writes around the booking service.
 */
@BellaIntegrationTest
class ConcurrentBookingPostgresIntegrationTests extends ConcurrentBookingTestSupport {

	@Override
	int providersRacingForOnePatient() {
		return CONTENDERS;
	}

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

	@Test
	void exclusionConstraintKeepsEachPatientToOneVisitAtATime() {
		OffsetDateTime start = OffsetDateTime.of(2026, 9, 3, 14, 0, 0, 0, ZoneOffset.UTC);
		long patient = this.patientIds.get(0);
		insertDirectly(patient, 1, start, start.plusMinutes(30));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertDirectly(patient, 2, start.plusMinutes(15), start.plusMinutes(45)));
		insertDirectly(this.patientIds.get(1), 2, start.plusMinutes(15), start.plusMinutes(45));
		insertDirectly(patient, 2, start.plusMinutes(45), start.plusMinutes(75));
	}

	@Test
	void anOverlapOnlyTheConstraintSeesIsPatientBusy() {
		// a two-day visit written around the service, longer than any the service
		// looks back for
		long patient = this.patientIds.get(0);
		OffsetDateTime monday = OffsetDateTime.of(2026, 5, 4, 9, 0, 0, 0, ZoneOffset.ofHours(-4));
		insertDirectly(patient, BookingServiceIntegrationTests.TREMBLAY, monday, monday.plusDays(2));
		Instant tuesdayTen = monday.plusDays(1).plusHours(1).toInstant();

		assertThatExceptionOfType(PatientBusyException.class)
			.isThrownBy(() -> this.bookings.book(new BookingRequest(patient, tuesdayTen, 30, null,
					BookingServiceIntegrationTests.NG, null, BookingSource.API)))
			.satisfies((ex) -> assertThat(ex.existing()).isEmpty())
			.withMessage("The patient already has an appointment at that time.");
	}

	private void insertDirectly(OffsetDateTime start, OffsetDateTime end) {
		insertDirectly(start, end, start, end);
	}

	private void insertDirectly(long patient, long provider, OffsetDateTime start, OffsetDateTime end) {
		insertDirectly(patient, provider, start, end, start, end);
	}

	private void insertDirectly(OffsetDateTime start, OffsetDateTime end, OffsetDateTime blockedFrom,
			OffsetDateTime blockedTo) {
		insertDirectly(this.patientIds.get(0), 1, start, end, blockedFrom, blockedTo);
	}

	private void insertDirectly(long patient, long provider, OffsetDateTime start, OffsetDateTime end,
			OffsetDateTime blockedFrom, OffsetDateTime blockedTo) {
		this.jdbc.sql("""
				INSERT INTO appointment (patient_id, provider_id, starts_at, ends_at, blocked_from, blocked_to,
				    status, source, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 'booked', 'api', now(), now())
				""").params(patient, provider, start, end, blockedFrom, blockedTo).update();
	}

}
