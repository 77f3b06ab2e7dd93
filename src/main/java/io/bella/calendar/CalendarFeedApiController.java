package io.bella.calendar;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issuing and revoking a provider's feed link through the API.
 */
@RestController
@RequestMapping("/api/providers/{id}/calendar-feed")
@Tag(name = "Providers")
class CalendarFeedApiController {

	private final CalendarFeeds feeds;

	CalendarFeedApiController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@PostMapping
	@Operation(operationId = "createCalendarFeed", summary = "A new link to a provider's ICS feed",
			description = "Answers the link calendars subscribe to (GET /calendar/{token}.ics), under "
					+ "bella.public-url, or a path from Bella's root when that is not set. The provider's previous "
					+ "link stops working. Bella keeps only a hash of the token: the link is shown this once.")
	@ApiResponse(responseCode = "201", description = "Issued; Location is the link too")
	@ApiResponse(responseCode = "404", description = "No such provider (not-found)")
	ResponseEntity<FeedLink> create(@PathVariable long id) {
		CalendarFeeds.IssuedFeed issued = this.feeds.issue(id);
		return ResponseEntity.created(URI.create(issued.url())).body(new FeedLink(issued.url()));
	}

	@DeleteMapping
	@Operation(operationId = "revokeCalendarFeed", summary = "Revoke a provider's ICS feed link",
			description = "The link answers 404 from now on. A provider without a link answers 204 too.")
	@ApiResponse(responseCode = "204", description = "Revoked, or there was no link")
	@ApiResponse(responseCode = "404", description = "No such provider (not-found)")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		this.feeds.revoke(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A provider's feed link.
	 *
	 * @param url the link calendars subscribe to
	 */
	record FeedLink(String url) {
	}

}
