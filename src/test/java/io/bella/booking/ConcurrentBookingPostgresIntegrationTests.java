package io.bella.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.bella.BellaIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The no-overlap guarantees on real PostgreSQL, including the exclusion constraints that
 * back up the locks when something writes around the booking service.
 */
@BellaIntegrationTest
class ConcurrentBookingPostgresIntegrationTests extends ConcurrentBookingTestSupport {

	@Autowired
	DataSource dataSource;

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

	@Test
	void bookingsOfOneProviderAtOtherTimesDoNotWaitForEachOther() throws Exception {
		Instant ten = nextTuesdayTen();
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			// a booking of Dr. Ng at eleven, not yet committed
			insertUncommitted(other, this.patientIds.get(1), ten.plus(Duration.ofHours(1)));
			Appointment booked = bookAsync(this.patientIds.get(0), ten).get(5, TimeUnit.SECONDS);
			assertThat(booked.startsAt()).isEqualTo(ten);
			other.rollback();
		}
	}

	@Test
	void aBookingOfATimeAnUncommittedBookingHoldsWaitsForItAndIsRefusedWhenItCommits() throws Exception {
		Instant ten = nextTuesdayTen();
		try (Connection other = this.dataSource.getConnection()) {
			CompletableFuture<Appointment> racing = bookBehindUncommitted(other, ten);
			other.commit();
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> racing.get(5, TimeUnit.SECONDS))
				.havingCause()
				.isInstanceOf(SlotUnavailableException.class)
				.withMessage("That time was just taken.");
		}
		assertNoOverlaps();
	}

	@Test
	void aBookingOfATimeAnUncommittedBookingHoldsIsMadeWhenThatOneRollsBack() throws Exception {
		Instant ten = nextTuesdayTen();
		try (Connection other = this.dataSource.getConnection()) {
			CompletableFuture<Appointment> racing = bookBehindUncommitted(other, ten);
			other.rollback();
			assertThat(racing.get(5, TimeUnit.SECONDS).startsAt()).isEqualTo(ten);
		}
	}

	/**
	 * Books Dr. Ng at {@code startsAt} for one patient while {@code other} holds another
	 * patient's uncommitted booking of that time, and returns once the booking is seen
	 * waiting for it.
	 */
	private CompletableFuture<Appointment> bookBehindUncommitted(Connection other, Instant startsAt)
			throws SQLException {
		other.setAutoCommit(false);
		insertUncommitted(other, this.patientIds.get(1), startsAt);
		CompletableFuture<Appointment> racing = bookAsync(this.patientIds.get(0), startsAt);
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !racing.isDone());
		return racing;
	}

	private CompletableFuture<Appointment> bookAsync(long patient, Instant startsAt) {
		return CompletableFuture.supplyAsync(() -> this.bookings.book(new BookingRequest(patient, startsAt, 30, null,
				BookingServiceIntegrationTests.NG, null, BookingSource.API)));
	}

	/**
	 * A 30-minute visit with Dr. Ng, inserted in a transaction the test ends.
	 */
	private static void insertUncommitted(Connection connection, long patient, Instant start) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO appointment (patient_id, provider_id, starts_at, ends_at, blocked_from, blocked_to,
				    status, source, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 'booked', 'api', now(), now())
				""")) {
			Timestamp from = Timestamp.from(start);
			Timestamp to = Timestamp.from(start.plus(Duration.ofMinutes(30)));
			insert.setLong(1, patient);
			insert.setLong(2, BookingServiceIntegrationTests.NG);
			insert.setTimestamp(3, from);
			insert.setTimestamp(4, to);
			insert.setTimestamp(5, from);
			insert.setTimestamp(6, to);
			insert.executeUpdate();
		}
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
