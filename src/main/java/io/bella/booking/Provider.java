package io.bella.booking;

/**
 * A person patients book time with (a dentist, a hygienist).
 *
 * @param id the provider's id
 * @param name the name as spoken and shown ("Dr. Sarah Ng")
 * @param active whether the provider takes new bookings
 */
public record Provider(long id, String name, boolean active) {
}
