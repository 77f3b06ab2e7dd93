package io.bella.booking;

import java.time.ZoneId;

/**
 * The clinic Bella answers for.
 *
 * @param id the clinic's id
 * @param name the name callers hear in the greeting
 * @param timeZone the IANA zone all wall-clock reasoning happens in
 * @param phone the clinic's public number, E.164
 * @param transferNumber where calls are handed to a person, E.164
 */
public record Clinic(long id, String name, ZoneId timeZone, String phone, String transferNumber) {
}
