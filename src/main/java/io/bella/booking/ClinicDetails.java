package io.bella.booking;

import java.util.Map;

/**
 * The clinic's details as written by its staff, before they are checked.
 *
 * @param name the name callers hear
 * @param timeZone an IANA zone ("America/Toronto")
 * @param phone the clinic's public number
 * @param transferNumber where callers are handed to a person
 * @param region the region phone numbers without a country code are read in ("CA")
 * @param kind the kind of practice ("dental clinic")
 * @param address the street address
 * @param facts what the assistant may tell callers, by topic
 */
public record ClinicDetails(String name, String timeZone, String phone, String transferNumber, String region,
		String kind, String address, Map<String, String> facts) {
}
