package io.bella.dashboard.settings;

import java.time.Clock;

import io.bella.booking.BusyCoverage;
import io.bella.booking.ExternalBusyTimes;
import io.bella.calendar.CalendarFeeds;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a provider's settings page shows of their calendars: the feed link's date, and
 * when the busy times of their Google calendar were last imported and whether that import
 * still counts.
 */
@Component
class ProviderCalendarPage {

	private final CalendarFeeds feeds;

	private final ExternalBusyTimes busyTimes;

	private final Clock clock;

	ProviderCalendarPage(CalendarFeeds feeds, ExternalBusyTimes busyTimes, Clock clock) {
		this.feeds = feeds;
		this.busyTimes = busyTimes;
		this.clock = clock;
	}

	void addTo(Model model, long providerId) {
		model.addAttribute("feedIssuedAt", this.feeds.issuedAt(providerId).orElse(null));
		BusyCoverage last = this.busyTimes.lastImport(providerId).orElse(null);
		model.addAttribute("busyImport", last);
		model.addAttribute("busyFresh", last != null && last.isFresh(this.clock.instant(), this.busyTimes.maxAge()));
	}

}
