package io.bella.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a provider's ICS feed holds.
 *
 * @param feedDays how many days ahead of now the feed lists booked appointments
 * @param includeFirstName whether an event's summary carries the patient's first name
 * (never the full name, never the phone number)
 * @param feedMaxEvents the most appointments one feed lists, which bounds its size
 */
@ConfigurationProperties("bella.calendar")
record CalendarFeedProperties(@DefaultValue("90") int feedDays, @DefaultValue("false") boolean includeFirstName,
		@DefaultValue("2000") int feedMaxEvents) {

	CalendarFeedProperties {
		if (feedDays < 1 || feedDays > 366) {
			throw new IllegalArgumentException("bella.calendar.feed-days must be from 1 to 366, got " + feedDays);
		}
		if (feedMaxEvents < 1 || feedMaxEvents > 10_000) {
			throw new IllegalArgumentException(
					"bella.calendar.feed-max-events must be from 1 to 10000, got " + feedMaxEvents);
		}
	}

}
