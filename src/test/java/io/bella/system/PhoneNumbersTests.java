package io.bella.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhoneNumbersTests {

	private final PhoneNumbers canada = new PhoneNumbers(new PhoneProperties("CA"));

	private final PhoneNumbers britain = new PhoneNumbers(new PhoneProperties("GB"));

	@Test
	void numbersWithoutCountryCodeAreReadInTheConfiguredRegion() {
		assertThat(this.canada.e164("(416) 555-0123")).contains("+14165550123");
		assertThat(this.canada.e164("020 7183 8750")).isEmpty();
		assertThat(this.britain.e164("020 7183 8750")).contains("+442071838750");
		assertThat(this.britain.e164("(416) 555-0123")).isEmpty();
	}

	@Test
	void numbersWithCountryCodeReadTheSameInEveryRegion() {
		assertThat(this.canada.e164("+44 20 7183 8750")).contains("+442071838750");
		assertThat(this.britain.e164("+1 416 555 0123")).contains("+14165550123");
		assertThat(PhoneNumbers.international("+1 416 555 0123")).contains("+14165550123");
		assertThat(PhoneNumbers.international("416 555 0123")).isEmpty();
	}

	@Test
	void invalidNumbersHaveNoE164() {
		assertThat(this.canada.e164(null)).isEmpty();
		assertThat(this.canada.e164(" ")).isEmpty();
		assertThat(this.canada.e164("555-0123")).isEmpty();
		assertThat(this.canada.e164("+1 000 000 0000")).isEmpty();
		assertThat(this.canada.e164("4".repeat(40))).isEmpty();
	}

	@Test
	void regionComesFromTheSettingAndMustHaveANumberingPlan() {
		assertThat(new PhoneNumbers(new PhoneProperties(" us ")).region()).isEqualTo("US");
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumbers(new PhoneProperties("XX")))
			.withMessageContaining("BELLA_PHONE_REGION");
	}

	@Test
	void withheldCallerIdsHaveNoNumber() {
		assertThat(PhoneNumbers.callerId(null)).isEmpty();
		assertThat(PhoneNumbers.callerId("")).isEmpty();
		assertThat(PhoneNumbers.callerId("Anonymous")).isEmpty();
		assertThat(PhoneNumbers.callerId("restricted")).isEmpty();
		assertThat(PhoneNumbers.callerId("UNKNOWN")).isEmpty();
		assertThat(PhoneNumbers.callerId("+266696687")).isEmpty();
		assertThat(PhoneNumbers.callerId("+7378742833")).isEmpty();
	}

	@Test
	void callerIdsThatAreNotPhoneNumbersHaveNoNumber() {
		assertThat(PhoneNumbers.callerId("client:alice")).isEmpty();
		assertThat(PhoneNumbers.callerId("sip:alice@example.com")).isEmpty();
		assertThat(PhoneNumbers.callerId("+10000000000")).isEmpty();
	}

	@Test
	void callerIdsAreKeptInE164() {
		assertThat(PhoneNumbers.callerId(" +14165550123 ")).contains("+14165550123");
		assertThat(PhoneNumbers.callerId("14165550123")).contains("+14165550123");
		assertThat(PhoneNumbers.callerId("+442071838750")).contains("+442071838750");
	}

	@Test
	void maskKeepsOnlyCountryCodeAndLastTwoDigits() {
		assertThat(PhoneNumbers.mask("+14165550123")).isEqualTo("+1********23");
		assertThat(PhoneNumbers.mask("+442071838750")).isEqualTo("+44********50");
		assertThat(PhoneNumbers.mask("+1 (416) 555-0123")).isEqualTo("+1********23");
		assertThat(PhoneNumbers.mask("4165550123")).isEqualTo("********23");
	}

	@Test
	void maskWithinMasksEveryNumberInATextInTheSameForm() {
		assertThat(
				PhoneNumbers.maskWithin("duplicate key (phone)=(+14165550123) for +1 (416) 555-0199; retry in 1000 ms"))
			.isEqualTo("duplicate key (phone)=(+1********23) for +1********99; retry in 1000 ms");
		assertThat(PhoneNumbers.maskWithin(null)).isNull();
	}

	@Test
	void maskHidesShortAndMissingNumbersAndKeepsWords() {
		assertThat(PhoneNumbers.mask("5551234")).isEqualTo("*****34");
		assertThat(PhoneNumbers.mask("123")).isEqualTo("***");
		assertThat(PhoneNumbers.mask(null)).isEqualTo("(none)");
		assertThat(PhoneNumbers.mask(" ")).isEqualTo("(none)");
		assertThat(PhoneNumbers.mask("anonymous")).isEqualTo("anonymous");
	}

	@Test
	void readableFormIsNationalForTheRegionsCountryAndInternationalOtherwise() {
		assertThat(this.canada.readable("+14165550100")).isEqualTo("(416) 555-0100");
		assertThat(this.canada.readable("+12125550100")).isEqualTo("(212) 555-0100");
		assertThat(this.canada.readable("+442071838750")).isEqualTo("+44 20 7183 8750");
		assertThat(this.britain.readable("+442071838750")).isEqualTo("020 7183 8750");
		assertThat(this.canada.readable("not a number")).isEqualTo("not a number");
	}

}
