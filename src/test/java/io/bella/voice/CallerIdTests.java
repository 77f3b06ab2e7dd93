package io.bella.voice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerIdTests {

	@Test
	void withheldNumbersAreAnonymous() {
		assertThat(CallerId.of(null)).isEqualTo("anonymous");
		assertThat(CallerId.of("")).isEqualTo("anonymous");
		assertThat(CallerId.of("Anonymous")).isEqualTo("anonymous");
		assertThat(CallerId.of("+266696687")).isEqualTo("anonymous");
		assertThat(CallerId.of("restricted")).isEqualTo("anonymous");
		assertThat(CallerId.of("client:alice")).isEqualTo("anonymous");
	}

	@Test
	void numbersAreKeptInE164() {
		assertThat(CallerId.of(" +14165550123 ")).isEqualTo("+14165550123");
		assertThat(CallerId.of("14165550123")).isEqualTo("+14165550123");
	}

	@Test
	void maskKeepsOnlyCountryCodeAndLastTwoDigits() {
		assertThat(CallerId.mask("+14165550123")).isEqualTo("+1********23");
		assertThat(CallerId.mask("anonymous")).isEqualTo("anonymous");
	}

}
