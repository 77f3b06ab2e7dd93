/**
 * The clinic's schedule: providers, appointment types, opening hours, closed dates,
 * patients, availability and appointments that never overlap.
 */
package io.bella.booking;
