package io.bella.booking;

/**
 * The clinic's set-up changed (its details, providers, hours, closed dates, appointment
 * types or booking rules); published in the transaction that changed it.
 *
 * @param what what changed, for the log ("weekly hours of provider 2")
 */
public record ClinicSetupChanged(String what) {
}
