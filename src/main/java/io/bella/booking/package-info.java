/**
 * The clinic's schedule: providers, appointment types, opening hours, closed dates,
 * patients, availability and appointments that never overlap.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "system")
package io.bella.booking;
