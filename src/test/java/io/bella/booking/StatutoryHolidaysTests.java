package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class StatutoryHolidaysTests {

	@Test
	void ontario2026HasTheNinePublicHolidaysAndBoxingDayObservedOnMonday() {
		assertThat(closedDates("CA-ON", 2026)).containsOnly(entry(day(2026, 1, 1), "New Year's Day"),
				entry(day(2026, 2, 16), "Family Day"), entry(day(2026, 4, 3), "Good Friday"),
				entry(day(2026, 5, 18), "Victoria Day"), entry(day(2026, 7, 1), "Canada Day"),
				entry(day(2026, 9, 7), "Labour Day"), entry(day(2026, 10, 12), "Thanksgiving"),
				entry(day(2026, 12, 25), "Christmas Day"), entry(day(2026, 12, 26), "Boxing Day"),
				entry(day(2026, 12, 28), "Boxing Day (observed)"));
	}

	@Test
	void quebec2026HasPatriotsDayAndFeteNationaleButNeitherVictoriaDayNorBoxingDay() {
		assertThat(closedDates("CA-QC", 2026)).containsOnly(entry(day(2026, 1, 1), "New Year's Day"),
				entry(day(2026, 4, 3), "Good Friday"), entry(day(2026, 5, 18), "National Patriots' Day"),
				entry(day(2026, 6, 24), "Fête nationale"), entry(day(2026, 7, 1), "Canada Day"),
				entry(day(2026, 9, 7), "Labour Day"), entry(day(2026, 10, 12), "Thanksgiving"),
				entry(day(2026, 12, 25), "Christmas Day"));
	}

	@Test
	void quebecMovesOnlyASundayFeteNationaleOrCanadaDay() {
		// 2028: both fall on a Saturday; 2029: both on a Sunday
		assertThat(closedDates("CA-QC", 2028)).containsKeys(day(2028, 6, 24), day(2028, 7, 1))
			.doesNotContainKeys(day(2028, 6, 26), day(2028, 7, 3));
		assertThat(closedDates("CA-QC", 2029)).containsEntry(day(2029, 6, 25), "Fête nationale (observed)")
			.containsEntry(day(2029, 7, 2), "Canada Day (observed)");
		assertThat(closedDates("CA-ON", 2028)).containsEntry(day(2028, 7, 3), "Canada Day (observed)");
	}

	@Test
	void britishColumbia2026HasBcDayTruthAndReconciliationAndRemembranceButNoBoxingDay() {
		assertThat(closedDates("CA-BC", 2026)).containsEntry(day(2026, 2, 16), "Family Day")
			.containsEntry(day(2026, 8, 3), "British Columbia Day")
			.containsEntry(day(2026, 9, 30), "National Day for Truth and Reconciliation")
			.containsEntry(day(2026, 11, 11), "Remembrance Day")
			.doesNotContainKeys(day(2026, 12, 26), day(2026, 12, 28))
			.hasSize(11);
	}

	@Test
	void provincesWithTheirOwnHolidays() {
		assertThat(closedDates("CA-MB", 2026)).containsEntry(day(2026, 2, 16), "Louis Riel Day")
			.containsEntry(day(2026, 9, 30), "National Day for Truth and Reconciliation")
			.doesNotContainKey(day(2026, 11, 11));
		assertThat(closedDates("CA-SK", 2026)).containsEntry(day(2026, 2, 16), "Family Day")
			.containsEntry(day(2026, 8, 3), "Saskatchewan Day");
		assertThat(closedDates("CA-NS", 2026)).containsEntry(day(2026, 2, 16), "Heritage Day")
			.doesNotContainKeys(day(2026, 5, 18), day(2026, 10, 12));
		assertThat(closedDates("CA-NB", 2026)).containsEntry(day(2026, 8, 3), "New Brunswick Day");
		assertThat(closedDates("CA-PE", 2026)).containsEntry(day(2026, 2, 16), "Islander Day")
			.containsEntry(day(2026, 9, 30), "National Day for Truth and Reconciliation");
		assertThat(closedDates("CA-AB", 2026)).containsEntry(day(2026, 2, 16), "Family Day")
			.doesNotContainKeys(day(2026, 8, 3), day(2026, 9, 30), day(2026, 12, 26), day(2026, 12, 28));
	}

	@Test
	void newfoundlandAndLabradorHasOnlyItsSixStatutoryHolidays() {
		assertThat(closedDates("CA-NL", 2026)).containsOnly(entry(day(2026, 1, 1), "New Year's Day"),
				entry(day(2026, 4, 3), "Good Friday"), entry(day(2026, 7, 1), "Memorial Day"),
				entry(day(2026, 9, 7), "Labour Day"), entry(day(2026, 11, 11), "Remembrance Day"),
				entry(day(2026, 12, 25), "Christmas Day"));
	}

	@Test
	void territories() {
		// 21 June 2026 is a Sunday; Heritage Day (20 February) is no general holiday
		assertThat(closedDates("CA-YT", 2026)).containsEntry(day(2026, 6, 21), "National Indigenous Peoples Day")
			.containsEntry(day(2026, 6, 22), "National Indigenous Peoples Day (observed)")
			.containsEntry(day(2026, 8, 17), "Discovery Day")
			.doesNotContainKey(day(2026, 2, 20));
		assertThat(closedDates("CA-NT", 2026)).containsEntry(day(2026, 6, 21), "National Indigenous Peoples Day")
			.containsEntry(day(2026, 8, 3), "Civic Holiday");
		assertThat(closedDates("CA-NU", 2026)).containsEntry(day(2026, 7, 9), "Nunavut Day")
			.containsEntry(day(2026, 8, 3), "Civic Holiday")
			.containsEntry(day(2026, 9, 30), "National Day for Truth and Reconciliation");
	}

	@Test
	void weekendHolidaysAreObservedOnTheNextFreeWeekday() {
		// 2027: Christmas is a Saturday and Boxing Day a Sunday
		assertThat(closedDates("CA-ON", 2027)).containsEntry(day(2027, 12, 27), "Christmas Day (observed)")
			.containsEntry(day(2027, 12, 28), "Boxing Day (observed)");
		assertThat(closedDates("CA-BC", 2027)).containsEntry(day(2027, 12, 27), "Christmas Day (observed)")
			.doesNotContainKey(day(2027, 12, 28));
		// 2028: 30 September and 11 November are Saturdays
		assertThat(closedDates("CA-BC", 2028))
			.containsEntry(day(2028, 10, 2), "National Day for Truth and Reconciliation (observed)")
			.containsEntry(day(2028, 11, 13), "Remembrance Day (observed)");
	}

	@Test
	void aSundayChristmasIsObservedAfterBoxingDay() {
		// 2033: Christmas is a Sunday, Boxing Day the Monday
		assertThat(closedDates("CA-ON", 2033)).containsEntry(day(2033, 12, 26), "Boxing Day")
			.containsEntry(day(2033, 12, 27), "Christmas Day (observed)");
		assertThat(closedDates("CA-NS", 2033)).containsEntry(day(2033, 12, 26), "Christmas Day (observed)");
	}

	@Test
	void everyObservedDayIsAWeekdayOfItsOwn() {
		for (String code : StatutoryHolidays.codes()) {
			for (int year = StatutoryHolidays.FIRST_YEAR; year < StatutoryHolidays.FIRST_YEAR + 30; year++) {
				closedDates(code, year).forEach((date, name) -> {
					if (name.endsWith("(observed)")) {
						assertThat(date.getDayOfWeek()).as("%s %s", code, name)
							.isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
					}
				});
			}
		}
	}

	@Test
	void codesAreTheTenProvincesAndThreeTerritoriesInAnyCase() {
		assertThat(StatutoryHolidays.codes()).containsExactly("CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS",
				"CA-NT", "CA-NU", "CA-ON", "CA-PE", "CA-QC", "CA-SK", "CA-YT");
		assertThat(StatutoryHolidays.of("ca-qc")).isSameAs(StatutoryHolidays.of("CA-QC"));
		assertThat(StatutoryHolidays.of(" Ca-On ").code()).isEqualTo("CA-ON");
	}

	@Test
	void anUnknownCodeIsRefusedWithTheValidOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatutoryHolidays.of("ON"))
			.withMessage("Unknown holidays 'ON'; expected one of CA-AB, CA-BC, CA-MB, CA-NB, CA-NL, CA-NS, CA-NT, "
					+ "CA-NU, CA-ON, CA-PE, CA-QC, CA-SK, CA-YT");
		assertThatIllegalArgumentException().isThrownBy(() -> StatutoryHolidays.of(null))
			.withMessageStartingWith("Unknown holidays 'null'");
	}

	@Test
	void yearsBeforeTheRulesWereInForceAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatutoryHolidays.of("CA-MB").closedDates(2023));
	}

	@Test
	void easterDates() {
		assertThat(StatutoryHolidays.easterSunday(2025)).isEqualTo(day(2025, 4, 20));
		assertThat(StatutoryHolidays.easterSunday(2026)).isEqualTo(day(2026, 4, 5));
		assertThat(StatutoryHolidays.easterSunday(2027)).isEqualTo(day(2027, 3, 28));
		assertThat(StatutoryHolidays.easterSunday(2038)).isEqualTo(day(2038, 4, 25));
	}

	private static Map<LocalDate, String> closedDates(String code, int year) {
		return StatutoryHolidays.of(code).closedDates(year);
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
