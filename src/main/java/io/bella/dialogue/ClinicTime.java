package io.bella.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import io.bella.booking.Clinics;

/**
 * The clinic's wall clock: now, today and instants as the clinic's local dates and times.
 */
final class ClinicTime {

	private final Clinics clinics;

	private final Clock clock;

	ClinicTime(Clinics clinics, Clock clock) {
		this.clinics = clinics;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return now().atZone(zone()).toLocalDate();
	}

	ZoneId zone() {
		return this.clinics.clinic().timeZone();
	}

	boolean isOpenNow() {
		return this.clinics.isOpen(now());
	}

	LocalDate date(Instant instant) {
		return instant.atZone(zone()).toLocalDate();
	}

	LocalTime time(Instant instant) {
		return instant.atZone(zone()).toLocalTime();
	}

}
