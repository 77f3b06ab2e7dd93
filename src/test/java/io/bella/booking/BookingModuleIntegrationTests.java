package io.bella.booking;

import java.time.Instant;

import io.bella.BellaIntegrationTest;
import io.bella.EmbeddedPostgres;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking module on its own (with the shared system module) on embedded PostgreSQL:
 * what it tells the other modules when an appointment is booked, moved or cancelled. The
 * clock stands on Monday 2 March 2026, 08:00 in Toronto.
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@Import(TestClockConfiguration.class)
// the readiness group names contributors of modules not started here
@TestPropertySource(properties = { "bella.api.key=" + BellaIntegrationTest.API_KEY,
		"management.endpoint.health.validate-group-membership=false" })
class BookingModuleIntegrationTests {

	static final long CHECKUP = 1;

	@Autowired
	BookingService bookings;

	@Autowired
	Patients patients;

	@Autowired
	MutableClock clock;

	Patient patient;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		this.patient = this.patients.register("Emily Roy", "+14165550123", null);
	}

	@Test
	void bookingPublishesAppointmentBookedAfterItCommits(Scenario scenario) {
		Instant tuesday10 = BookingServiceIntegrationTests.at(2026, 3, 3, 10, 0);

		scenario.stimulate(() -> book(tuesday10))
			.andWaitForEventOfType(AppointmentBooked.class)
			.matchingMappedValue(AppointmentBooked::patientId, this.patient.id())
			.toArriveAndVerify((event, appointment) -> {
				assertThat(event.appointmentId()).isEqualTo(appointment.id());
				assertThat(event.providerId()).isEqualTo(appointment.providerId());
				assertThat(event.startsAt()).isEqualTo(tuesday10);
				assertThat(event.endsAt()).isEqualTo(tuesday10.plusSeconds(30 * 60));
				assertThat(event.source()).isEqualTo(BookingSource.API);
			});
	}

	@Test
	void reschedulingPublishesAppointmentRescheduledWithThePreviousTime(Scenario scenario) {
		Appointment booked = book(BookingServiceIntegrationTests.at(2026, 3, 4, 10, 0));
		Instant later = BookingServiceIntegrationTests.at(2026, 3, 4, 14, 0);

		scenario
			.stimulate(() -> this.bookings.reschedule(booked.id(), later, BookingServiceIntegrationTests.TREMBLAY,
					BookingSource.VOICE))
			.andWaitForEventOfType(AppointmentRescheduled.class)
			.matchingMappedValue(AppointmentRescheduled::appointmentId, booked.id())
			.toArriveAndVerify((event) -> {
				assertThat(event.previousStartsAt()).isEqualTo(booked.startsAt());
				assertThat(event.previousProviderId()).isEqualTo(booked.providerId());
				assertThat(event.startsAt()).isEqualTo(later);
				assertThat(event.providerId()).isEqualTo(BookingServiceIntegrationTests.TREMBLAY);
			});
	}

	@Test
	void cancellingPublishesAppointmentCancelledWithTheReason(Scenario scenario) {
		Appointment booked = book(BookingServiceIntegrationTests.at(2026, 3, 5, 10, 0));

		scenario.stimulate(() -> this.bookings.cancel(booked.id(), "feeling better", BookingSource.API))
			.andWaitForEventOfType(AppointmentCancelled.class)
			.matchingMappedValue(AppointmentCancelled::appointmentId, booked.id())
			.toArriveAndVerify((event) -> {
				assertThat(event.reason()).isEqualTo("feeling better");
				assertThat(event.startsAt()).isEqualTo(booked.startsAt());
			});
	}

	private Appointment book(Instant startsAt) {
		return this.bookings.book(new BookingRequest(this.patient.id(), startsAt, null, CHECKUP,
				BookingServiceIntegrationTests.NG, null, BookingSource.API));
	}

}
