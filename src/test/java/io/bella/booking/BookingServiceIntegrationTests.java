package io.bella.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.booking.BookingRuleException.Rule;
import io.bella.system.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every booking rule, with a clock fixed on Monday 2 March 2026, 08:00 in Toronto,
 * against the demo clinic (Dr. Ng id 1 and Dr. Tremblay id 2: Mon–Fri 9–17 with lunch
 * 12–13, Dr. Ng also Saturday 9–13; checkup 30 min, cleaning 60 min + 10 min after,
 * emergency 30 min).
 */
@BellaIntegrationTest
@RecordApplicationEvents
@Transactional
class BookingServiceIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final long NG = 1;

	static final long TREMBLAY = 2;

	static final long CHECKUP = 1;

	static final long CLEANING = 2;

	@Autowired
	BookingService bookings;

	@Autowired
	Patients patients;

	@Autowired
	Availability availability;

	@Autowired
	AppointmentTypes appointmentTypes;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	long patient;

	/** Someone else, who may book what this patient cannot. */
	long other;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		// within the test's transaction, rolled back with it: the other tests' bookings
		// stay, this one sees that week free
		this.jdbc.sql("DELETE FROM appointment").update();
		this.patient = this.patients.register("Emily Roy", "416-555-0123", null).id();
		this.other = this.patients.register("Olivia Martin", "613-555-0142", null).id();
	}

	@Test
	void bookInsideWorkingHoursBooksAndPublishesAppointmentBooked() {
		Appointment appointment = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);

		assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(appointment.endsAt()).isEqualTo(at(2026, 3, 3, 10, 30));
		assertThat(this.events.stream(AppointmentBooked.class)).containsExactly(new AppointmentBooked(appointment.id(),
				this.patient, NG, appointment.startsAt(), appointment.endsAt(), BookingSource.API));
	}

	@Test
	void onlyAStartedBookedAppointmentIsMarkedCompletedOrNoShow() {
		Appointment first = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);
		Appointment second = book(at(2026, 3, 3, 11, 0), CHECKUP, NG);
		assertRule(() -> this.bookings.complete(first.id(), BookingSource.DASHBOARD), Rule.NOT_STARTED);

		this.clock.set(at(2026, 3, 3, 11, 0));
		Appointment completed = this.bookings.complete(first.id(), BookingSource.DASHBOARD);
		Appointment missed = this.bookings.markNoShow(second.id(), BookingSource.DASHBOARD);

		assertThat(completed.status()).isEqualTo(AppointmentStatus.COMPLETED);
		assertThat(missed.status()).isEqualTo(AppointmentStatus.NO_SHOW);
		assertRule(() -> this.bookings.markNoShow(first.id(), BookingSource.DASHBOARD), Rule.NOT_BOOKED);
		assertThat(this.events.stream(AppointmentClosed.class)).containsExactly(
				new AppointmentClosed(first.id(), this.patient, NG, first.startsAt(), AppointmentStatus.COMPLETED,
						BookingSource.DASHBOARD),
				new AppointmentClosed(second.id(), this.patient, NG, second.startsAt(), AppointmentStatus.NO_SHOW,
						BookingSource.DASHBOARD));
	}

	@Test
	void aScheduleRangeListsEveryStatusEarliestFirstForAtMostEightDays() {
		Appointment later = book(at(2026, 3, 4, 9, 0), CHECKUP, NG);
		Appointment earlier = book(at(2026, 3, 3, 13, 0), CHECKUP, TREMBLAY);
		this.bookings.cancel(later.id(), "ill", BookingSource.API);
		Instant monday = at(2026, 3, 2, 0, 0);

		assertThat(this.bookings.startingBetween(monday, monday.plus(Duration.ofDays(7)), null))
			.extracting(Appointment::id)
			.containsExactly(earlier.id(), later.id());
		assertThat(this.bookings.startingBetween(monday, monday.plus(Duration.ofDays(7)), NG))
			.extracting(Appointment::status)
			.containsExactly(AppointmentStatus.CANCELLED);
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.bookings.startingBetween(monday, monday.plus(Duration.ofDays(9)), null));
	}

	@Test
	void bookInThePastIsRefused() {
		assertRule(() -> book(at(2026, 3, 2, 7, 0), CHECKUP, NG), Rule.IN_THE_PAST);
	}

	@Test
	void bookWithLessThanMinimumNoticeIsRefused() {
		assertRule(() -> book(at(2026, 3, 2, 9, 45), CHECKUP, NG), Rule.TOO_SOON);
		assertThat(book(at(2026, 3, 2, 10, 0), CHECKUP, NG).status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void bookBeyondMaximumAdvanceIsRefused() {
		assertRule(() -> book(at(2026, 6, 3, 10, 0), CHECKUP, NG), Rule.TOO_FAR_AHEAD);
		assertThat(book(at(2026, 5, 29, 10, 0), CHECKUP, NG).status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void bookOffTheSlotGridIsRefused() {
		assertRule(() -> book(at(2026, 3, 3, 10, 5), CHECKUP, NG), Rule.OFF_GRID);
	}

	@Test
	void bookOutsideWorkingHoursOrInABreakIsRefused() {
		assertRule(() -> book(at(2026, 3, 3, 8, 30), CHECKUP, NG), Rule.OUTSIDE_HOURS);
		assertRule(() -> book(at(2026, 3, 3, 16, 45), CHECKUP, NG), Rule.OUTSIDE_HOURS);
		assertRule(() -> book(at(2026, 3, 3, 12, 0), CHECKUP, NG), Rule.OUTSIDE_HOURS);
		assertRule(() -> book(at(2026, 3, 3, 11, 45), CHECKUP, NG), Rule.OUTSIDE_HOURS);
		assertRule(() -> book(at(2026, 3, 8, 10, 0), CHECKUP, NG), Rule.OUTSIDE_HOURS);
		assertThat(book(at(2026, 3, 3, 16, 30), CHECKUP, NG).endsAt()).isEqualTo(at(2026, 3, 3, 17, 0));
	}

	@Test
	void saturdayIsBookedWithTheProviderWhoWorksSaturdays() {
		assertRule(() -> book(at(2026, 3, 7, 10, 0), CHECKUP, TREMBLAY), Rule.OUTSIDE_HOURS);

		assertThat(book(at(2026, 3, 7, 10, 0), CHECKUP, null).providerId()).isEqualTo(NG);
	}

	@Test
	void bookOnAStatutoryHolidayIsRefused() {
		// Good Friday 2026 is 3 April
		assertRule(() -> book(at(2026, 4, 3, 10, 0), CHECKUP, NG), Rule.CLOSED_DATE);
	}

	@Test
	void bookOnAProvidersClosedDateUsesAnotherProvider() {
		this.jdbc.sql("INSERT INTO closed_date (provider_id, closed_on, reason) VALUES (?, ?, 'vacation')")
			.params(NG, LocalDate.of(2026, 3, 4))
			.update();

		assertRule(() -> book(at(2026, 3, 4, 10, 0), CHECKUP, NG), Rule.CLOSED_DATE);
		assertThat(book(at(2026, 3, 4, 10, 0), CHECKUP, null).providerId()).isEqualTo(TREMBLAY);
	}

	@Test
	void overlappingBookingOfTheSameProviderIsRefused() {
		book(this.other, at(2026, 3, 3, 10, 0), CLEANING, NG);

		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> book(at(2026, 3, 3, 10, 30), CHECKUP, NG));
		assertThat(book(at(2026, 3, 3, 10, 30), CHECKUP, TREMBLAY).providerId()).isEqualTo(TREMBLAY);
	}

	@Test
	void withoutAProviderTheNextFreeProviderIsChosenUntilNoneIsLeft() {
		long third = this.patients.register("Liam Martin", "613-555-0142", null).id();
		assertThat(book(at(2026, 3, 3, 10, 0), CHECKUP, null).providerId()).isEqualTo(NG);
		assertThat(book(this.other, at(2026, 3, 3, 10, 0), CHECKUP, null).providerId()).isEqualTo(TREMBLAY);
		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> book(third, at(2026, 3, 3, 10, 0), CHECKUP, null));
	}

	@Test
	void aPatientIsNeverBookedTwiceAtOnceWhateverTheProvider() {
		Appointment cleaning = book(at(2026, 3, 3, 10, 0), CLEANING, NG);

		assertThatExceptionOfType(PatientBusyException.class)
			.isThrownBy(() -> book(at(2026, 3, 3, 10, 45), CHECKUP, TREMBLAY))
			.satisfies((ex) -> assertThat(ex.existing()).contains(cleaning))
			.withMessage(
					"Not booked. The patient already has appointment " + cleaning.id() + " at 2026-03-03T10:00-05:00.");
		assertThatExceptionOfType(PatientBusyException.class)
			.isThrownBy(() -> book(at(2026, 3, 3, 10, 0), CHECKUP, null));
		// the buffer after the cleaning is the provider's, not the patient's
		Appointment after = book(at(2026, 3, 3, 11, 0), CHECKUP, TREMBLAY);
		assertThatExceptionOfType(PatientBusyException.class)
			.isThrownBy(() -> this.bookings.reschedule(after.id(), at(2026, 3, 3, 10, 30), null, BookingSource.API));
		assertThat(this.bookings.findById(after.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 3, 11, 0));
		assertThat(book(this.other, at(2026, 3, 3, 10, 15), CHECKUP, TREMBLAY).status())
			.isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void bufferAfterAVisitKeepsTheNextSlotFree() {
		// cleaning 10:00-11:00 keeps 10 minutes after it free
		book(at(2026, 3, 3, 10, 0), CLEANING, NG);

		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> book(at(2026, 3, 3, 11, 0), CHECKUP, NG));
		assertThat(book(at(2026, 3, 3, 11, 15), CHECKUP, NG).status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void bufferBeforeAVisitNeedsFreeTimeBeforeIt() {
		long prepared = this.jdbc.sql(
				"INSERT INTO appointment_type (name, duration_min, buffer_before_min, buffer_after_min) VALUES ('surgery', 60, 15, 0)")
			.update();
		assertThat(prepared).isEqualTo(1);
		long surgery = this.jdbc.sql("SELECT id FROM appointment_type WHERE name = 'surgery'")
			.query(Long.class)
			.single();
		// written around the set-up API, which would have forgotten the cached types
		this.appointmentTypes.forget();
		book(at(2026, 3, 3, 9, 0), CHECKUP, NG);

		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> book(at(2026, 3, 3, 9, 30), surgery, NG));
		assertThat(book(at(2026, 3, 3, 9, 45), surgery, NG).endsAt()).isEqualTo(at(2026, 3, 3, 10, 45));
	}

	@Test
	void rescheduleMovesTheAppointmentAndReleasesTheOldTime() {
		Appointment original = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);

		Appointment moved = this.bookings.reschedule(original.id(), at(2026, 3, 4, 14, 0), null, BookingSource.API);

		assertThat(moved.id()).isEqualTo(original.id());
		assertThat(moved.startsAt()).isEqualTo(at(2026, 3, 4, 14, 0));
		assertThat(moved.providerId()).isEqualTo(NG);
		assertThat(book(at(2026, 3, 3, 10, 0), CHECKUP, NG).status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(this.events.stream(AppointmentRescheduled.class)).singleElement()
			.satisfies((event) -> assertThat(event.previousStartsAt()).isEqualTo(at(2026, 3, 3, 10, 0)));
	}

	@Test
	void rescheduleOntoATakenTimeKeepsTheOldTime() {
		Appointment mine = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);
		book(this.other, at(2026, 3, 3, 11, 0), CHECKUP, NG);

		assertThatExceptionOfType(SlotUnavailableException.class)
			.isThrownBy(() -> this.bookings.reschedule(mine.id(), at(2026, 3, 3, 11, 0), null, BookingSource.API));
		assertThat(this.bookings.findById(mine.id()).orElseThrow().startsAt()).isEqualTo(at(2026, 3, 3, 10, 0));
	}

	@Test
	void rescheduleWithinItsOwnTimeIsAllowed() {
		Appointment cleaning = book(at(2026, 3, 3, 10, 0), CLEANING, NG);

		assertThat(this.bookings.reschedule(cleaning.id(), at(2026, 3, 3, 10, 30), null, BookingSource.API).startsAt())
			.isEqualTo(at(2026, 3, 3, 10, 30));
	}

	@Test
	void availabilityForAMoveCountsTheMovedAppointmentsOwnTimeAsFree() {
		Appointment mine = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);
		LocalDate tuesday = LocalDate.of(2026, 3, 3);

		List<Instant> others = this.availability.find(new AvailabilityQuery(tuesday, tuesday, CHECKUP, null, NG))
			.stream()
			.map(Slot::startsAt)
			.toList();
		List<Instant> forTheMove = this.availability
			.find(new AvailabilityQuery(tuesday, tuesday, CHECKUP, null, NG, mine.id()))
			.stream()
			.map(Slot::startsAt)
			.toList();

		assertThat(others).doesNotContain(at(2026, 3, 3, 10, 0), at(2026, 3, 3, 10, 15));
		assertThat(forTheMove).contains(at(2026, 3, 3, 10, 0), at(2026, 3, 3, 10, 15));
		assertThat(this.bookings.reschedule(mine.id(), at(2026, 3, 3, 10, 15), null, BookingSource.VOICE).startsAt())
			.isEqualTo(at(2026, 3, 3, 10, 15));
	}

	@Test
	void rescheduleToAnotherProvider() {
		Appointment mine = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);

		Appointment moved = this.bookings.reschedule(mine.id(), at(2026, 3, 3, 10, 0), TREMBLAY, BookingSource.VOICE);

		assertThat(moved.providerId()).isEqualTo(TREMBLAY);
		assertThat(book(this.other, at(2026, 3, 3, 10, 0), CHECKUP, NG).providerId()).isEqualTo(NG);
	}

	@Test
	void cancelReleasesTheTimeKeepsTheReasonAndPublishesCancelled() {
		Appointment mine = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);

		Appointment cancelled = this.bookings.cancel(mine.id(), "feeling better", BookingSource.API);

		assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(cancelled.cancellationReason()).isEqualTo("feeling better");
		assertThat(book(at(2026, 3, 3, 10, 0), CHECKUP, NG).status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(this.events.stream(AppointmentCancelled.class)).singleElement()
			.satisfies((event) -> assertThat(event.reason()).isEqualTo("feeling better"));
	}

	@Test
	void cancelOrRescheduleOfACancelledAppointmentIsRefused() {
		Appointment mine = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);
		this.bookings.cancel(mine.id(), null, BookingSource.API);

		assertRule(() -> this.bookings.cancel(mine.id(), null, BookingSource.API), Rule.NOT_BOOKED);
		assertRule(() -> this.bookings.reschedule(mine.id(), at(2026, 3, 4, 10, 0), null, BookingSource.API),
				Rule.NOT_BOOKED);
	}

	@Test
	void unknownIdsAreReportedAsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.bookings
			.book(new BookingRequest(999_999, at(2026, 3, 3, 10, 0), null, CHECKUP, NG, null, BookingSource.API)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> book(at(2026, 3, 3, 10, 0), 999L, NG));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> book(at(2026, 3, 3, 10, 0), CHECKUP, 999L));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.bookings.cancel(999_999, null, BookingSource.API));
	}

	@Test
	void upcomingForListsOnlyFutureBookedAppointmentsSoonestFirst() {
		Appointment later = book(at(2026, 3, 5, 10, 0), CHECKUP, NG);
		Appointment sooner = book(at(2026, 3, 3, 10, 0), CHECKUP, NG);
		Appointment cancelled = book(at(2026, 3, 4, 10, 0), CHECKUP, NG);
		this.bookings.cancel(cancelled.id(), null, BookingSource.API);

		assertThat(this.bookings.upcomingFor(this.patient)).extracting(Appointment::id)
			.containsExactly(sooner.id(), later.id());
		this.clock.set(at(2026, 3, 4, 9, 0));
		assertThat(this.bookings.upcomingFor(this.patient)).extracting(Appointment::id).containsExactly(later.id());
	}

	private Appointment book(Instant start, Long type, Long provider) {
		return book(this.patient, start, type, provider);
	}

	private Appointment book(long patient, Instant start, Long type, Long provider) {
		return this.bookings.book(new BookingRequest(patient, start, null, type, provider, null, BookingSource.API));
	}

	private static void assertRule(Runnable action, Rule rule) {
		assertThatExceptionOfType(BookingRuleException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.rule()).isEqualTo(rule));
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TORONTO).toInstant();
	}

}
