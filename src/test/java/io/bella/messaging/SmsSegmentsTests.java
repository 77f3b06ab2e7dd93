package io.bella.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segments as carriers count them: GSM-7 160 alone and 153 each when split, extension
 * characters twice, anything else UCS-2 at 70 and 67.
 */
class SmsSegmentsTests {

	@Test
	void gsmTextsTake160CharactersInOneSegmentAnd153InEachOfSeveral() {
		assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments.Count(1, false));
		assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments.Count(2, false));
		assertThat(SmsSegments.of("a".repeat(306))).isEqualTo(new SmsSegments.Count(2, false));
		assertThat(SmsSegments.of("a".repeat(307))).isEqualTo(new SmsSegments.Count(3, false));
		assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments.Count(1, false));
	}

	@Test
	void extensionCharactersCountTwice() {
		assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments.Count(1, false));
		assertThat(SmsSegments.of("€".repeat(80) + "a")).isEqualTo(new SmsSegments.Count(2, false));
		assertThat(SmsSegments.of("[Maple Dental] é à ü ñ ¿")).isEqualTo(new SmsSegments.Count(1, false));
	}

	@Test
	void oneCharacterOutsideGsmMakesTheWholeTextUcs2() {
		String confirmation = "Hi Emily, you’re booked for Tuesday at 10 a.m."; // a curly
																				// apostrophe
		assertThat(SmsSegments.of(confirmation)).isEqualTo(new SmsSegments.Count(1, true));
		assertThat(SmsSegments.of("a".repeat(69) + "’")).isEqualTo(new SmsSegments.Count(1, true));
		assertThat(SmsSegments.of("a".repeat(70) + "’")).isEqualTo(new SmsSegments.Count(2, true));
		assertThat(SmsSegments.of("a".repeat(133) + "’")).isEqualTo(new SmsSegments.Count(2, true));
		assertThat(SmsSegments.of("a".repeat(134) + "’")).isEqualTo(new SmsSegments.Count(3, true));
		// an emoji is two UTF-16 units
		assertThat(SmsSegments.of("a".repeat(68) + "😀")).isEqualTo(new SmsSegments.Count(1, true));
		assertThat(SmsSegments.of("a".repeat(69) + "😀")).isEqualTo(new SmsSegments.Count(2, true));
	}

	@Test
	void theAppointmentOfATextIsReadFromWhatItWasFor() {
		assertThat(SentTexts.appointmentId("appointment-booked:42")).isEqualTo(42L);
		assertThat(SentTexts.appointmentId("appointment-rescheduled:42:1773151200")).isEqualTo(42L);
		assertThat(SentTexts.appointmentId("appointment-cancelled:7")).isEqualTo(7L);
		assertThat(SentTexts.appointmentId("callback:9")).isNull();
	}

}
