package io.bella.dashboard.analytics;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsPeriodTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Test
	void withoutDatesItIsTheLastSevenDaysUpToToday() {
		AnalyticsPeriod period = AnalyticsPeriod.parse(null, "", TODAY);

		assertThat(period.from()).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(period.to()).isEqualTo(TODAY);
		assertThat(period.days()).isEqualTo(7);
		assertThat(period.problem()).isNull();
	}

	@Test
	void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
		AnalyticsPeriod period = AnalyticsPeriod.parse("2026-02-01", "2026-02-10", TODAY);

		AnalyticsPeriod previous = period.previous();

		assertThat(previous.from()).isEqualTo(LocalDate.of(2026, 1, 22));
		assertThat(previous.to()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(previous.days()).isEqualTo(period.days());
	}

	@Test
	void aPeriodIsWholeLocalDaysInTheClinicsZoneTheLastDayIncluded() {
		AnalyticsPeriod period = AnalyticsPeriod.parse("2026-03-07", "2026-03-08", TODAY);
		ZoneId toronto = ZoneId.of("America/Toronto");

		assertThat(period.start(toronto)).hasToString("2026-03-07T05:00:00Z");
		// daylight saving time starts on 8 March 2026: the day ends at 04:00 UTC
		assertThat(period.end(toronto)).hasToString("2026-03-09T04:00:00Z");
	}

	@Test
	void onlyFromMeansSevenDaysFromItAndOnlyToMeansSevenDaysUpToIt() {
		assertThat(AnalyticsPeriod.parse(null, "2026-01-10", TODAY).from()).isEqualTo(LocalDate.of(2026, 1, 4));
		AnalyticsPeriod from = AnalyticsPeriod.parse("2026-01-10", null, TODAY);
		assertThat(from.from()).isEqualTo(LocalDate.of(2026, 1, 10));
		assertThat(from.to()).isEqualTo(TODAY);
	}

	@Test
	void datesThatCannotBeShownFallBackToTheDefaultWithTheReason() {
		assertThat(AnalyticsPeriod.parse("yesterday", null, TODAY).problem())
			.isEqualTo("Enter dates as year-month-day, such as 2026-03-02.");
		assertThat(AnalyticsPeriod.parse("2026-03-02", "2026-03-01", TODAY).problem())
			.isEqualTo("The last day must not be before the first day.");
		assertThat(AnalyticsPeriod.parse("2024-01-01", "2026-01-01", TODAY).problem())
			.isEqualTo("Choose a period of at most 366 days.");
		assertThat(AnalyticsPeriod.parse("1900-01-01", "1900-01-02", TODAY).problem())
			.isEqualTo("Choose dates between the years 2000 and 2999.");
		AnalyticsPeriod refused = AnalyticsPeriod.parse("2026-03-02", "2026-03-01", TODAY);
		assertThat(refused.from()).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(refused.to()).isEqualTo(TODAY);
	}

	@Test
	void threeHundredSixtySixDaysAreAllowed() {
		assertThat(AnalyticsPeriod.parse("2025-01-01", "2026-01-01", TODAY).problem()).isNull();
	}

}
