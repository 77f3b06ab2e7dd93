package io.bella.booking;

import java.time.LocalDate;

import io.bella.BellaIntegrationTest;
import io.bella.system.InvalidRequestException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Closing the clinic on a province's statutory holidays through {@link ClinicSetup}; each
 * test's changes are rolled back, so the shared clinic keeps its own holidays.
 */
@BellaIntegrationTest
@Transactional
class StatutoryHolidaySetupIntegrationTests {

	@Autowired
	ClinicSetup setup;

	@Test
	void closesOnTheHolidaysFromTheDateOnForTheYearsAsked() {
		LocalDate from = LocalDate.parse("2027-06-01");

		var saved = this.setup.closeOnStatutoryHolidays("ca-qc", from, 2, false);

		assertThat(saved.value()).allSatisfy((closed) -> {
			assertThat(closed.date()).isAfterOrEqualTo(from).isBefore(LocalDate.parse("2029-01-01"));
			assertThat(closed.providerId()).isNull();
		});
		assertThat(saved.value()).extracting(ClosedDate::date)
			.contains(LocalDate.parse("2027-07-01"), LocalDate.parse("2028-12-25"))
			.doesNotContain(LocalDate.parse("2027-01-01"));
		assertThat(this.setup.closedDates(LocalDate.parse("2027-12-25"), LocalDate.parse("2027-12-25")))
			.extracting(ClosedDate::name)
			.contains("Christmas Day");
		assertThat(this.setup.holidayJurisdictions()).contains("CA-ON", "CA-QC");
	}

	@Test
	void anUnknownJurisdictionOrTooManyYearsIsRefused() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.setup.closeOnStatutoryHolidays("CA-XX", LocalDate.parse("2027-01-01"), 1, false))
			.satisfies((ex) -> assertThat(ex.errors()).containsKey("jurisdiction"));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.setup.closeOnStatutoryHolidays("CA-ON", LocalDate.parse("2027-01-01"), 9, false))
			.satisfies((ex) -> assertThat(ex.errors()).containsKey("years"));
	}

}
