package io.bella.booking;

/**
 * A provider's Google calendar was linked, changed or unlinked; published in the
 * transaction that changed it, which also dropped the busy times imported from the former
 * calendar.
 *
 * @param providerId the provider
 * @param googleCalendarId the calendar now linked, or {@code null} when unlinked
 */
public record ProviderCalendarChanged(long providerId, String googleCalendarId) {

	public boolean linked() {
		return this.googleCalendarId != null;
	}

}
