package io.bella.dashboard.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the schedule reads its query and its forms: defaults, fallbacks with a plain-words
 * problem, the week around a date, and start times in the clinic's zone.
 */
class ScheduleRequestTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 6, 9);

	@Test
	void withoutAQueryTheScheduleShowsTodayForAllProviders() {
		ScheduleRequest request = ScheduleRequest.parse(null, null, null, null, TODAY);

		assertThat(request.date()).isEqualTo(TODAY);
		assertThat(request.week()).isFalse();
		assertThat(request.providerId()).isNull();
		assertThat(request.typeId()).isNull();
		assertThat(request.problems()).isEmpty();
		assertThat(request.from()).isEqualTo(TODAY);
		assertThat(request.to()).isEqualTo(TODAY);
	}

	@Test
	void theWeekRunsFromMondayToSundayAndStepsByAWeek() {
		ScheduleRequest request = ScheduleRequest.parse("2027-06-10", "WEEK", "2", "1", TODAY);

		assertThat(request.from()).isEqualTo(LocalDate.of(2027, 6, 7));
		assertThat(request.to()).isEqualTo(LocalDate.of(2027, 6, 13));
		assertThat(request.previous()).isEqualTo(LocalDate.of(2027, 6, 3));
		assertThat(request.next()).isEqualTo(LocalDate.of(2027, 6, 17));
		assertThat(request.providerId()).isEqualTo(2L);
		assertThat(request.typeId()).isEqualTo(1L);
		assertThat(request.links(TODAY))
			.containsEntry("previous", "/schedule?date=2027-06-03&view=week&provider=2&type=1")
			.containsEntry("today", "/schedule?date=2027-06-09&view=week&provider=2&type=1")
			.containsEntry("day", "/schedule?date=2027-06-10&view=day&provider=2&type=1");
	}

	@Test
	void whatCannotBeReadFallsBackAndIsNamed() {
		ScheduleRequest request = ScheduleRequest.parse("9 June", "month", "Dr. Ng", "-3", TODAY);

		assertThat(request.date()).isEqualTo(TODAY);
		assertThat(request.week()).isFalse();
		assertThat(request.providerId()).isNull();
		assertThat(request.typeId()).isNull();
		assertThat(request.problems()).hasSize(4).first().asString().contains("2026-03-02");
	}

	@Test
	void aDateFarOutsideTheCalendarsUseIsToday() {
		ScheduleRequest request = ScheduleRequest.parse("+999999999-12-31", "week", null, null, TODAY);

		assertThat(request.date()).isEqualTo(TODAY);
		assertThat(request.problems()).singleElement().asString().contains("1900 and 2999");
	}

	@Test
	void allProvidersIsNotAProblem() {
		ScheduleRequest request = ScheduleRequest.parse(" 2027-06-11 ", "day", "all", "", TODAY);

		assertThat(request.date()).isEqualTo(LocalDate.of(2027, 6, 11));
		assertThat(request.providerId()).isNull();
		assertThat(request.problems()).isEmpty();
		assertThat(request.link()).isEqualTo("/schedule?date=2027-06-11&view=day&provider=all");
	}

	@Test
	void aSlotChoiceIsADateAndTimeInTheClinicsZone() {
		SlotChoice choice = new SlotChoice("2027-06-09", "10:30", "any");
		Map<String, String> problems = new LinkedHashMap<>();
		choice.check(problems);

		assertThat(problems).isEmpty();
		assertThat(choice.providerId()).isNull();
		assertThat(choice.start(ZoneId.of("America/Toronto"))).contains(Instant.parse("2027-06-09T14:30:00Z"));
	}

	@Test
	void aSlotChoiceNamesWhatItCannotRead() {
		SlotChoice choice = new SlotChoice("June 9", "half past ten", "Dr. Ng");
		Map<String, String> problems = new LinkedHashMap<>();
		choice.check(problems);

		assertThat(problems).containsOnlyKeys("date", "time", "provider");
		assertThat(choice.start(ZoneId.of("America/Toronto"))).isEmpty();
	}

	@Test
	void theBookingFormAsksForEveryField() {
		BookingForm empty = new BookingForm(null, null, null, null, null, null, null);

		assertThat(empty.problems()).containsOnlyKeys("name", "phone", "type", "date", "time");
		assertThat(empty.orOn(TODAY).date()).isEqualTo("2027-06-09");
	}

	@Test
	void aCompleteBookingFormHasNoProblems() {
		BookingForm form = new BookingForm("Ana Lima", "(416) 555-0142", "1", "2", "2027-06-09", "10:30", "");

		assertThat(form.problems()).isEmpty();
		assertThat(form.typeId()).isEqualTo(1L);
		assertThat(form.slot().providerId()).isEqualTo(2L);
	}

}
