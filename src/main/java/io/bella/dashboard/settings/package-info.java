/**
 * The clinic's set-up for administrators at {@code /settings}: the clinic's details,
 * booking rules, providers with their weekly hours and exceptions, appointment types and
 * closed dates, written through the booking module's set-up services (their checks, their
 * change events) and recorded in the audit log; the providers' calendar feed links and
 * the Google account connected by consent, through the calendar module.
 */
package io.bella.dashboard.settings;
