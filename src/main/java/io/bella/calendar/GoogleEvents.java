package io.bella.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.stereotype.Component;

/**
 * Puts one event into a Google calendar, or takes it out, and lists the events Bella owns
 * that changed, behind the {@code google-calendar} circuit breaker. An answer that will
 * not change however often it is asked again (the calendar is not shared with Bella, the
 * request is refused) is returned as {@link Result#rejected}, not counted against the
 * breaker; a failure that a later attempt may overcome (5xx, rate limits, the network,
 * the breaker open) is thrown.
 */
@Component
class GoogleEvents {

	private static final int BAD_REQUEST = 400;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	private static final int CONFLICT = 409;

	private static final int GONE = 410;

	private static final int PAGE = 250;

	private final GoogleCalendars calendars;

	private final CircuitBreaker breaker;

	GoogleEvents(GoogleCalendars calendars, CircuitBreakerRegistry breakers) {
		this.calendars = calendars;
		this.breaker = breakers.circuitBreaker("google-calendar");
	}

	/**
	 * Inserts the event with its own id; if it exists (an insert tried again, an event
	 * deleted before), patches it to match.
	 */
	Result insert(String calendarId, Event event) {
		return call(() -> {
			try {
				client().events().insert(calendarId, event).execute();
				return Result.INSERTED;
			}
			catch (GoogleJsonResponseException ex) {
				if (ex.getStatusCode() != CONFLICT) {
					throw ex;
				}
				client().events().patch(calendarId, event.getId(), withoutId(event)).execute();
				return Result.PATCHED;
			}
		});
	}

	/**
	 * Patches the event to match; if Google does not have it, inserts it.
	 */
	Result patch(String calendarId, Event event) {
		return call(() -> {
			try {
				client().events().patch(calendarId, event.getId(), withoutId(event)).execute();
				return Result.PATCHED;
			}
			catch (GoogleJsonResponseException ex) {
				if (ex.getStatusCode() != NOT_FOUND && ex.getStatusCode() != GONE) {
					throw ex;
				}
				client().events().insert(calendarId, event).execute();
				return Result.INSERTED;
			}
		});
	}

	/** Deletes the event; one already gone is deleted. */
	Result delete(String calendarId, String eventId) {
		return call(() -> {
			try {
				client().events().delete(calendarId, eventId).execute();
			}
			catch (GoogleJsonResponseException ex) {
				if (ex.getStatusCode() != NOT_FOUND && ex.getStatusCode() != GONE) {
					throw ex;
				}
			}
			return Result.DELETED;
		});
	}

	boolean enabled() {
		return this.calendars.enabled();
	}

	/**
	 * The events in a calendar that Bella wrote, deleted ones included, that end after
	 * {@code endsAfter} and changed since {@code changedSince}.
	 * @param changedSince {@code null} for all
	 * @throws GoogleRefusedException when Google will not list them (the calendar is not
	 * shared with Bella)
	 */
	List<Event> ownEvents(String calendarId, Instant endsAfter, Instant changedSince) {
		Supplier<Listing> list = () -> {
			try {
				List<Event> own = new ArrayList<>();
				String page = null;
				do {
					Calendar.Events.List request = client().events()
						.list(calendarId)
						.setShowDeleted(true)
						.setMaxResults(PAGE)
						.setTimeMin(new DateTime(endsAfter.toEpochMilli()))
						.setPageToken(page);
					if (changedSince != null) {
						request.setUpdatedMin(new DateTime(changedSince.toEpochMilli()));
					}
					Events events = request.execute();
					for (Event event : (events.getItems() != null) ? events.getItems() : List.<Event>of()) {
						if (CalendarEvents.appointmentOf(event) != null) {
							own.add(event);
						}
					}
					page = events.getNextPageToken();
				}
				while (page != null);
				return new Listing(own, null);
			}
			catch (GoogleJsonResponseException ex) {
				if (isPermanent(ex)) {
					return new Listing(null, ex.getStatusCode() + " " + reason(ex));
				}
				throw new GoogleUnavailableException("Google answered " + ex.getStatusCode() + " " + reason(ex));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Google did not answer: " + ex.getClass().getSimpleName(), ex);
			}
		};
		// a calendar refused is not Google failing: thrown outside the breaker
		Listing listing = this.breaker.executeSupplier(list);
		if (listing.events() == null) {
			throw new GoogleRefusedException(listing.refusal());
		}
		return listing.events();
	}

	private Calendar client() {
		return this.calendars.client().orElseThrow(() -> new IllegalStateException("Google Calendar is off"));
	}

	private Result call(GoogleCall call) {
		return this.breaker.executeSupplier(() -> {
			try {
				return call.run();
			}
			catch (GoogleJsonResponseException ex) {
				if (isPermanent(ex)) {
					return Result.rejected(ex.getStatusCode() + " " + reason(ex));
				}
				throw new GoogleUnavailableException("Google answered " + ex.getStatusCode() + " " + reason(ex));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Google did not answer: " + ex.getClass().getSimpleName(), ex);
			}
		});
	}

	// 403 is also how Google says "too many requests" (rateLimitExceeded): that passes
	private static boolean isPermanent(GoogleJsonResponseException ex) {
		int status = ex.getStatusCode();
		if (status == FORBIDDEN) {
			return !reason(ex).toLowerCase(Locale.ROOT).contains("ratelimit");
		}
		return status == BAD_REQUEST || status == NOT_FOUND || status == GONE || status == CONFLICT;
	}

	private static String reason(GoogleJsonResponseException ex) {
		GoogleJsonError details = ex.getDetails();
		if (details == null) {
			return "";
		}
		String reason = (details.getErrors() != null && !details.getErrors().isEmpty())
				? details.getErrors().get(0).getReason() : null;
		return ((reason != null) ? reason + ": " : "") + String.valueOf(details.getMessage());
	}

	private static Event withoutId(Event event) {
		return event.clone().setId(null);
	}

	@FunctionalInterface
	private interface GoogleCall {

		Result run() throws IOException;

	}

	/** Google did not take a write this time; a later attempt may. */
	static class GoogleUnavailableException extends RuntimeException {

		GoogleUnavailableException(String message) {
			super(message);
		}

	}

	private record Listing(List<Event> events, String refusal) {
	}

	/** Google refuses, and will go on refusing, to list a calendar's events. */
	static class GoogleRefusedException extends RuntimeException {

		GoogleRefusedException(String message) {
			super(message);
		}

	}

	/**
	 * What Google did with a write.
	 *
	 * @param outcome inserted, patched, deleted or rejected
	 * @param error Google's answer, when rejected
	 */
	record Result(String outcome, String error) {

		static final Result INSERTED = new Result("inserted", null);

		static final Result PATCHED = new Result("patched", null);

		static final Result DELETED = new Result("deleted", null);

		static Result rejected(String error) {
			return new Result("rejected", error);
		}

		boolean isRejected() {
			return this.error != null;
		}

	}

}
