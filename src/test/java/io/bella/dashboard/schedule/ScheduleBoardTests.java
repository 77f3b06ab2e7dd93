package io.bella.dashboard.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.Availability;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patients;
import io.bella.booking.Provider;
import io.bella.dashboard.schedule.ScheduleBoard.Board;
import io.bella.dashboard.schedule.ScheduleDirectory.Names;
import io.bella.system.PhoneNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ScheduleBoardTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final LocalDate MONDAY = LocalDate.of(2027, 6, 7);

	final BookingService bookings = mock(BookingService.class);

	final ScheduleDirectory directory = mock(ScheduleDirectory.class);

	final ScheduleBoard board = new ScheduleBoard(this.bookings, mock(Availability.class), mock(Patients.class),
			this.directory, mock(PhoneNumbers.class),
			Clock.fixed(Instant.parse("2027-06-07T12:00:00Z"), ZoneOffset.UTC));

	@BeforeEach
	void busyTuesday() {
		given(this.directory.zone()).willReturn(TORONTO);
		given(this.directory.names()).willReturn(new Names(List.of(new Provider(1, "Dr. Ng", true, null)), List.of()));
		List<Appointment> appointments = new ArrayList<>();
		for (int i = 0; i < ScheduleBoard.WEEK_ROWS_PER_DAY + 5; i++) {
			Instant start = MONDAY.plusDays(1).atTime(8, 0).atZone(TORONTO).toInstant().plusSeconds(600L * i);
			appointments.add(new Appointment(i + 1, 100 + i, 1, null, start, start.plusSeconds(600), 0, 0,
					AppointmentStatus.BOOKED, BookingSource.API, null, null, start, start));
		}
		given(this.bookings.startingBetween(any(), any(), any())).willReturn(appointments);
	}

	@Test
	void theWeekListsAtMostItsRowsPerDayAndCountsTheRest() {
		Board week = this.board.load(ScheduleRequest.parse(MONDAY.toString(), "week", null, null, MONDAY));

		assertThat(week.days()).hasSize(7);
		assertThat(week.days().get(1).appointments()).hasSize(ScheduleBoard.WEEK_ROWS_PER_DAY)
			.first()
			.satisfies((row) -> assertThat(row.time()).startsWith("08:00"));
		assertThat(week.hidden()).containsExactly(entry(MONDAY.plusDays(1), 5));
	}

	@Test
	void theDayListsEveryAppointment() {
		Board day = this.board.load(ScheduleRequest.parse(MONDAY.plusDays(1).toString(), "day", null, null, MONDAY));

		assertThat(day.days()).singleElement()
			.satisfies((tuesday) -> assertThat(tuesday.appointments()).hasSize(ScheduleBoard.WEEK_ROWS_PER_DAY + 5));
		assertThat(day.hidden()).isEmpty();
	}

}
