package io.bella.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberMaskTests {

	@Test
	void keepsCountryAreaAndLastFourDigits() {
		assertThat(PhoneNumberMask.mask("+14165550123")).isEqualTo("+1416***0123");
	}

	@Test
	void hidesShortAndMissingNumbers() {
		assertThat(PhoneNumberMask.mask("5551234")).isEqualTo("***34");
		assertThat(PhoneNumberMask.mask(null)).isEqualTo("(none)");
		assertThat(PhoneNumberMask.mask(" ")).isEqualTo("(none)");
	}

	@Test
	void neverContainsTheMiddleDigits() {
		assertThat(PhoneNumberMask.mask("+442071838750")).doesNotContain("71838").startsWith("+4420");
	}

}
