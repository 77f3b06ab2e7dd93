package io.bella.booking;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanadianHolidaysTests {

	@Test
	void holidaysOf2026() {
		Map<LocalDate, String> dates = CanadianHolidays.closedDates(2026);

		assertThat(dates).containsEntry(LocalDate.of(2026, 1, 1), "New Year's Day")
			.containsEntry(LocalDate.of(2026, 2, 16), "Family Day")
			.containsEntry(LocalDate.of(2026, 4, 3), "Good Friday")
			.containsEntry(LocalDate.of(2026, 5, 18), "Victoria Day")
			.containsEntry(LocalDate.of(2026, 7, 1), "Canada Day")
			.containsEntry(LocalDate.of(2026, 9, 7), "Labour Day")
			.containsEntry(LocalDate.of(2026, 10, 12), "Thanksgiving")
			.containsEntry(LocalDate.of(2026, 12, 25), "Christmas Day")
			.containsEntry(LocalDate.of(2026, 12, 28), "Boxing Day (observed)");
	}

	@Test
	void weekendHolidaysAreObservedOnTheNextFreeWeekday() {
		// 2027: Christmas is a Saturday and Boxing Day a Sunday
		Map<LocalDate, String> dates = CanadianHolidays.closedDates(2027);

		assertThat(dates).containsEntry(LocalDate.of(2027, 12, 27), "Christmas Day (observed)")
			.containsEntry(LocalDate.of(2027, 12, 28), "Boxing Day (observed)");
	}

	@Test
	void easterDates() {
		assertThat(CanadianHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(CanadianHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(CanadianHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(CanadianHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

}
