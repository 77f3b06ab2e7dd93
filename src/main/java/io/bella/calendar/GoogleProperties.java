package io.bella.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Bella reaches Google Calendar and writes the providers' appointments to it.
 *
 * @param credentials path to a service account's JSON key
 * ({@code BELLA_GOOGLE_CREDENTIALS}); blank for none. The key's {@code token_uri} is
 * where access tokens are asked for.
 * @param calendarRootUrl the root URL of the Calendar API
 * ({@code BELLA_GOOGLE_CALENDAR_ROOT_URL}): Google itself, an egress proxy, or a fake in
 * tests
 * @param delegatedUser the Workspace user the service account acts as, with domain-wide
 * delegation ({@code BELLA_GOOGLE_DELEGATED_USER}); blank to act as the service account
 * itself, on the calendars shared with it
 * @param timeout how long to wait for Google to connect and, again, to answer
 * @param pushInterval how often the appointments waiting in the outbox are written
 * @param reconcileInterval how often the events Bella owns are compared with the
 * appointments, so that edits made in Google are undone
 * @param includeFirstName whether an event's title names the patient's first name; off,
 * it names no patient at all
 */
@ConfigurationProperties("bella.google")
record GoogleProperties(String credentials, @DefaultValue("https://www.googleapis.com/") String calendarRootUrl,
		String delegatedUser, @DefaultValue("10s") Duration timeout, @DefaultValue("15s") Duration pushInterval,
		@DefaultValue("15m") Duration reconcileInterval, boolean includeFirstName) {
}
