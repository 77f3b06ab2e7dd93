package io.bella.operations.cost;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.bella.system.PhoneNumbers;

import org.springframework.stereotype.Component;

/**
 * The country a price is looked up for: the number's own, or the clinic's phone region
 * for a number that does not say (a SIP address, a test number).
 */
@Component
class Countries {

	private final PhoneNumbers phoneNumbers;

	Countries(PhoneNumbers phoneNumbers) {
		this.phoneNumbers = phoneNumbers;
	}

	String of(String number) {
		String country = null;
		if (number != null) {
			try {
				PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
				country = numbers.getRegionCodeForNumber(numbers.parse(number, "ZZ"));
			}
			catch (NumberParseException ex) {
				// not a number: the clinic's region
			}
		}
		return orDefault(country);
	}

	String orDefault(String country) {
		return (country != null && !"ZZ".equals(country)) ? country : this.phoneNumbers.region();
	}

}
