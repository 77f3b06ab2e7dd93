/**
 * Bella's appointments in the calendars clinics already use: each provider's bookings
 * written to their Google calendar from a durable outbox, the busy times of that calendar
 * read back so that they block availability, and a subscribable ICS feed per provider
 * behind a revocable token.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "booking", "system" })
package io.bella.calendar;
