package io.bella.booking;

import java.time.ZoneId;
import java.util.Map;

/**
 * The clinic Bella answers for.
 *
 * @param id the clinic's id
 * @param name the name callers hear in the greeting
 * @param timeZone the IANA zone all wall-clock reasoning happens in
 * @param phone the clinic's public number, E.164
 * @param transferNumber where calls are handed to a person, E.164
 * @param region the region phone numbers without a country code are read in (ISO 3166
 * "CA"); {@code null} for the configured one
 * @param kind the kind of practice ("dental clinic", "physiotherapy clinic");
 * {@code null} for the configured one
 * @param address the street address, as callers are told it
 * @param facts what the assistant may tell callers, by topic ("parking" → "Free parking
 * behind the building")
 */
public record Clinic(long id, String name, ZoneId timeZone, String phone, String transferNumber, String region,
		String kind, String address, Map<String, String> facts) {

	public Clinic {
		facts = (facts != null) ? Map.copyOf(facts) : Map.of();
	}

	public Clinic(long id, String name, ZoneId timeZone, String phone, String transferNumber) {
		this(id, name, timeZone, phone, transferNumber, null, null, null, Map.of());
	}

}
