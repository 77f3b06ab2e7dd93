package io.bella.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

	/**
	 * An instant as the API writes it: with the clinic's offset at that instant (UTC
	 * before a clinic is set up), or {@code null} for none.
	 */
	default OffsetDateTime local(Instant instant) {
		return (instant != null) ? instant.atZone(zone().orElse(ZoneOffset.UTC)).toOffsetDateTime() : null;
	}

}
