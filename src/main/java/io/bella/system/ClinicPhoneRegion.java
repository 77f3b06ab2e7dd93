package io.bella.system;

import java.util.Optional;

/**
 * The region the clinic reads phone numbers without a country code in, when its set-up
 * names one; the module that keeps the set-up provides it, {@link PhoneNumbers} uses it.
 */
@FunctionalInterface
public interface ClinicPhoneRegion {

	/**
	 * The clinic's region (ISO 3166, upper case), or empty when it names none.
	 */
	Optional<String> phoneRegion();

}
