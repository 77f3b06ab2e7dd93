package io.bella.messaging;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationMessagesTests {

	static final ConfirmationMessages.Details MAPLE = new ConfirmationMessages.Details("Maple Dental Centre",
			ZoneId.of("America/Toronto"), "(416) 555-0100", "checkup", "Dr. Ng");

	@Test
	void bookedTextReadsClinicVisitProviderAndLocalTime() {
		// 14:00 UTC is 10:00 in Toronto on 10 March 2026 (EDT since 8 March)
		String text = ConfirmationMessages.booked(MAPLE, Instant.parse("2026-03-10T14:00:00Z"));

		assertThat(text).isEqualTo("Maple Dental Centre: your checkup with Dr. Ng is booked for Tue Mar 10 at "
				+ "10:00 AM. Reply or call (416) 555-0100 to change.");
	}

	@Test
	void bookedTextUsesStandardTimeBeforeTheSpringForward() {
		String text = ConfirmationMessages.booked(MAPLE, Instant.parse("2026-03-06T15:30:00Z"));

		assertThat(text).contains("booked for Fri Mar 6 at 10:30 AM");
	}

	@Test
	void rescheduledTextNamesOldAndNewTime() {
		String text = ConfirmationMessages.rescheduled(MAPLE, Instant.parse("2026-03-10T14:00:00Z"),
				Instant.parse("2026-03-12T18:15:00Z"));

		assertThat(text).isEqualTo("Maple Dental Centre: your checkup has moved from Tue Mar 10 at 10:00 AM to "
				+ "Thu Mar 12 at 2:15 PM with Dr. Ng. Reply or call (416) 555-0100 to change.");
	}

	@Test
	void cancelledTextInvitesToBookAgain() {
		String text = ConfirmationMessages.cancelled(MAPLE, Instant.parse("2026-03-10T14:00:00Z"));

		assertThat(text).isEqualTo("Maple Dental Centre: your checkup with Dr. Ng on Tue Mar 10 at 10:00 AM is "
				+ "cancelled. Call (416) 555-0100 to book a new time.");
	}

	@Test
	void textsFitTwoSmsSegments() {
		String text = ConfirmationMessages.rescheduled(
				new ConfirmationMessages.Details("Maple Dental Centre", ZoneId.of("America/Toronto"), "(416) 555-0100",
						"emergency", "Dr. Sarah Ng"),
				Instant.parse("2026-12-10T14:00:00Z"), Instant.parse("2026-12-12T18:15:00Z"));

		assertThat(text.length()).isLessThanOrEqualTo(306);
	}

}
