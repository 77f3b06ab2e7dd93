package io.bella.dashboard.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.bella.system.ClinicTimeZone;

import org.springframework.stereotype.Component;

/**
 * Times as the dashboard shows them: in the clinic's time zone, with the zone named
 * ({@code 2026-03-08 09:30 EDT}); UTC before a clinic is set up. Templates call it as
 * {@code ${@clinicTimes.format(instant)}}.
 */
@Component("clinicTimes")
public class ClinicTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
			Locale.ENGLISH);

	private final ClinicTimeZone clinicTimeZone;

	ClinicTimes(ClinicTimeZone clinicTimeZone) {
		this.clinicTimeZone = clinicTimeZone;
	}

	public String format(Instant instant) {
		return (instant != null) ? FORMAT.format(instant.atZone(zone())) : "";
	}

	/**
	 * The zone's IANA name, such as {@code America/Toronto}.
	 */
	public String zoneName() {
		return zone().getId();
	}

	private ZoneId zone() {
		return this.clinicTimeZone.zone().orElse(ZoneOffset.UTC);
	}

}
