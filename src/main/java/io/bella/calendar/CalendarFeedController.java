package io.bella.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.system.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The providers' subscribable feeds, open to whoever holds a feed's link: the token in
 * the path is the credential. A token that is malformed, unknown or revoked gets the same
 * 404, and no token is ever logged.
 */
@RestController
@Tag(name = "Calendar feeds", description = "Each provider's booked appointments as a subscribable ICS feed, "
		+ "behind a revocable token instead of the API key")
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	/**
	 * Calendars fetch the feed again after this; a private cache only, never a shared
	 * one.
	 */
	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate();

	private final CalendarFeeds feeds;

	private final Providers providers;

	private final ProviderFeed feed;

	CalendarFeedController(CalendarFeeds feeds, Providers providers, ProviderFeed feed) {
		this.feeds = feeds;
		this.providers = providers;
		this.feed = feed;
	}

	@GetMapping(CalendarFeeds.PATH + "{token}" + CalendarFeeds.SUFFIX)
	@Operation(operationId = "getCalendarFeed", summary = "A provider's booked appointments as an ICS feed",
			description = "RFC 5545 text of the provider's booked appointments of the next bella.calendar.feed-days "
					+ "days, for calendars to subscribe to. Events carry the appointment type and Bella's "
					+ "reference, never the patient's name or phone number (the first name only with "
					+ "bella.calendar.include-first-name=true). The link comes from "
					+ "POST /api/providers/{id}/calendar-feed.")
	@ApiResponse(responseCode = "200", description = "The feed",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404",
			description = "No feed has this token: it is malformed, unknown or revoked (not-found)")
	ResponseEntity<?> feed(@Parameter(description = "The feed's token, from its link") @PathVariable String token) {
		Optional<Provider> provider = this.feeds.providerFor(token).flatMap(this.providers::findById);
		if (provider.isEmpty()) {
			ProblemDetail problem = ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found",
					"There is no calendar feed at this address: its link may have been replaced or revoked.");
			// not the request's path, which holds the token: one answer for every token
			problem.setInstance(URI.create(CalendarFeeds.PATH));
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CACHE)
			.body(this.feed.render(provider.get()));
	}

}
