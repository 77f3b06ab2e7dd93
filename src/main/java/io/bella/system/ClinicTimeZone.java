package io.bella.system;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone of the clinic Bella answers for, in which every date and time a caller or
 * a member of staff says is meant. The module that keeps the clinic's set-up provides it;
 * modules that only read times (caller understanding) use it without depending on that
 * module.
 */
@FunctionalInterface
public interface ClinicTimeZone {

	/**
	 * The clinic's IANA time zone, or empty before a clinic is set up.
	 */
	Optional<ZoneId> zone();

}
