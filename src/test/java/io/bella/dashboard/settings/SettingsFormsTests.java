package io.bella.dashboard.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.bella.booking.TimeRange;
import io.bella.system.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The settings forms' reading of hours, breaks and numbers, and the set-up services'
 * refusals in the forms' words.
 */
class SettingsFormsTests {

	@Test
	void openingAndClosingWithABreakAreTwoIntervals() {
		DayHours day = new DayHours("09:00", "17:00",
				List.of(new DayHours.Break("12:00", "13:00"), new DayHours.Break("", "")));

		assertThat(day.ranges("monday")).containsExactly(range("09:00", "12:00"), range("13:00", "17:00"));
	}

	@Test
	void aBlankDayIsADayOff() {
		assertThat(new DayHours("", "", List.of(new DayHours.Break("", ""))).ranges("sunday")).isEmpty();
	}

	@Test
	void closingBeforeOpeningIsLeftToTheSetUpChecks() {
		assertThat(new DayHours("17:00", "09:00", List.of()).ranges("monday")).containsExactly(range("17:00", "09:00"));
	}

	@Test
	void halfAPairIsRefusedAtTheDay() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> new DayHours("09:00", "", List.of()).ranges("tuesday"))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("tuesday",
					"give both the opening and the closing time, or neither for a day off"));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(
					() -> new DayHours("09:00", "17:00", List.of(new DayHours.Break("12:00", ""))).ranges("tuesday"))
			.satisfies((ex) -> assertThat(ex.errors()).containsEntry("tuesday",
					"give both the start and the end of each break"));
	}

	@Test
	void aTimeThatIsNotOneIsNamed() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> new DayHours("9 am", "17:00", List.of()).ranges("hours"))
			.satisfies((ex) -> assertThat(ex.errors().get("hours")).contains("“9 am” is not a time"));
	}

	@Test
	void theWeekReadsBackAsSaved() {
		Map<DayOfWeek, List<TimeRange>> saved = Map.of(DayOfWeek.MONDAY, List.of(range("08:00", "10:00"),
				range("10:15", "12:00"), range("13:00", "15:00"), range("15:30", "18:00")), DayOfWeek.SATURDAY,
				List.of(range("09:00", "13:00")));
		WeeklyHoursForm form = WeeklyHoursForm.of(saved);
		Map<String, String> written = new HashMap<>();
		written.put("breaks", String.valueOf(form.breaks()));
		for (WeeklyHoursForm.Day day : form.days()) {
			written.put(day.field() + ".open", day.hours().open());
			written.put(day.field() + ".close", day.hours().close());
			for (int i = 0; i < day.hours().breaks().size(); i++) {
				written.put(day.field() + ".break" + i + ".start", day.hours().breaks().get(i).start());
				written.put(day.field() + ".break" + i + ".end", day.hours().breaks().get(i).end());
			}
		}

		Map<DayOfWeek, List<TimeRange>> read = WeeklyHoursForm.parse(written).hours();

		assertThat(form.breaks()).isEqualTo(3);
		assertThat(read.get(DayOfWeek.MONDAY)).isEqualTo(saved.get(DayOfWeek.MONDAY));
		assertThat(read.get(DayOfWeek.SATURDAY)).isEqualTo(saved.get(DayOfWeek.SATURDAY));
		assertThat(read.get(DayOfWeek.SUNDAY)).isEmpty();
		assertThat(read).hasSize(7);
	}

	@Test
	void everyDaysProblemIsReportedAtOnce() {
		Map<String, String> written = Map.of("breaks", "2", "monday.open", "09:00", "friday.close", "nine");

		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> WeeklyHoursForm.parse(written).hours())
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("monday", "friday"));
	}

	@Test
	void refusalsAreSentencesAtTheFormsFields() {
		assertThat(SettingsErrors.of(new InvalidRequestException("duration_min", "must be between 5 and 480")))
			.containsExactly(Map.entry("durationMin", "Duration (minutes) must be between 5 and 480."));
		assertThat(SettingsErrors.of(new InvalidRequestException("monday", "each interval must start before it ends"))
			.get("monday")).startsWith("Monday: the closing time must be after the opening time");
		assertThat(SettingsErrors.of(new InvalidRequestException("slot_grid_min",
				"must divide a day into equal parts (5, 10, 15, 20, 30, 60 …)")))
			.containsEntry("slotGridMin",
					"Slot grid (minutes) must divide a day into equal parts (5, 10, 15, 20, 30, 60 …)");
	}

	@Test
	void aNumberThatIsNotOneIsAnErrorAndBlankIsNone() {
		Map<String, String> errors = new HashMap<>();

		assertThat(SettingsForms.integer("durationMin", "Duration (minutes)", "half an hour", errors)).isNull();
		assertThat(SettingsForms.integer("slotGridMin", "Slot grid (minutes)", " ", errors)).isNull();
		assertThat(SettingsForms.integer("bufferAfterMin", "Buffer after (minutes)", " 10 ", errors)).isEqualTo(10);
		assertThat(errors)
			.containsExactly(Map.entry("durationMin", "Duration (minutes) must be a whole number, such as 30."));
	}

	private static TimeRange range(String start, String end) {
		return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
	}

}
