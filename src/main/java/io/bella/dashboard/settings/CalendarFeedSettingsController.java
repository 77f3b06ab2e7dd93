package io.bella.dashboard.settings;

import io.bella.calendar.CalendarFeeds;
import io.bella.dashboard.audit.AuditAction;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's calendar feed link, issued and revoked on their settings page. A new link
 * is shown once, on the page the form leads to: Bella keeps only its hash.
 */
@Controller
class CalendarFeedSettingsController {

	private final CalendarFeeds feeds;

	private final SettingsAudit audit;

	CalendarFeedSettingsController(CalendarFeeds feeds, SettingsAudit audit) {
		this.feeds = feeds;
		this.audit = audit;
	}

	@PostMapping("/settings/providers/{id}/calendar-feed")
	String issue(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		CalendarFeeds.IssuedFeed issued = this.feeds.issue(id);
		this.audit.record(AuditAction.CALENDAR_FEED_ISSUED, request, "provider " + id);
		redirect.addFlashAttribute("feedUrl", issued.url());
		redirect.addFlashAttribute("notice", "A new calendar feed link is ready; any earlier link no longer works.");
		return "redirect:/settings/providers/" + id;
	}

	@PostMapping("/settings/providers/{id}/calendar-feed/revoke")
	String revoke(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		boolean revoked = this.feeds.revoke(id);
		if (revoked) {
			this.audit.record(AuditAction.CALENDAR_FEED_REVOKED, request, "provider " + id);
		}
		redirect.addFlashAttribute("notice",
				revoked ? "The calendar feed link is revoked: calendars subscribed to it get nothing more."
						: "There was no calendar feed link to revoke.");
		return "redirect:/settings/providers/" + id;
	}

}
