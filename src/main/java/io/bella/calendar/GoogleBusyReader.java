package io.bella.calendar;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.Events;
import io.bella.booking.BusyBlock;
import io.bella.system.ClinicTimeZone;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.stereotype.Component;

/**
 * Reads the busy times of a Google calendar with {@code events.list} (single events, so
 * each occurrence of a recurring event is one), behind the {@code google-calendar}
 * breaker: the whole window once, then only what changed through the sync token. An event
 * makes the provider busy unless it is cancelled, shown as free, declined by the
 * calendar's owner, or one of Bella's own appointments (marked {@code bella-appointment}
 * in its private extended properties), which booking already counts: an appointment
 * cancelled or moved in Bella must not be blocked by its own event on the way out.
 */
@Component
class GoogleBusyReader {

	private static final int PAGE_SIZE = 2500;

	private static final int BAD_REQUEST = 400;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	private static final int GONE = 410;

	private final GoogleCalendars google;

	private final CircuitBreaker breaker;

	private final ClinicTimeZone clinicZone;

	GoogleBusyReader(GoogleCalendars google, CircuitBreakerRegistry breakers, ClinicTimeZone clinicZone) {
		this.google = google;
		this.breaker = breakers.circuitBreaker("google-calendar");
		this.clinicZone = clinicZone;
	}

	boolean enabled() {
		return this.google.enabled();
	}

	/**
	 * Every busy event between two instants.
	 */
	BusyChanges full(String calendarId, Instant from, Instant to) {
		return read(calendarId, (list) -> list.setTimeMin(new DateTime(from.toEpochMilli()))
			.setTimeMax(new DateTime(to.toEpochMilli())), true);
	}

	/**
	 * What changed since the read that handed out {@code syncToken}.
	 * @throws SyncTokenExpiredException when Google no longer knows the token (410)
	 */
	BusyChanges since(String calendarId, String syncToken) {
		return read(calendarId, (list) -> list.setSyncToken(syncToken), false);
	}

	private BusyChanges read(String calendarId, Query query, boolean full) {
		Calendar client = this.google.client()
			.orElseThrow(() -> new CalendarSyncRefusedException("Google Calendar is not configured "
					+ "(BELLA_GOOGLE_CREDENTIALS), so busy times cannot be read."));
		ZoneId zone = this.clinicZone.zone().orElse(ZoneId.of("UTC"));
		Map<String, BusyBlock> busy = new HashMap<>();
		Set<String> gone = new HashSet<>();
		String pageToken = null;
		Events page;
		do {
			String next = pageToken;
			page = call(() -> query.apply(client.events().list(calendarId))
				.setSingleEvents(true)
				.setMaxResults(PAGE_SIZE)
				.setPageToken(next)
				.execute(), calendarId);
			for (Event event : Optional.ofNullable(page.getItems()).orElse(List.of())) {
				Optional<BusyBlock> block = busy(event, zone);
				if (block.isPresent()) {
					busy.put(event.getId(), block.get());
				}
				else {
					gone.add(event.getId());
				}
			}
			pageToken = page.getNextPageToken();
		}
		while (pageToken != null);
		return new BusyChanges(full, busy, full ? Set.of() : gone, page.getNextSyncToken());
	}

	/**
	 * One call through the breaker. A calendar Google refuses (400, 403, 404) or a sync
	 * token it forgot (410) is not Google failing: those leave the breaker as answers and
	 * are thrown outside it.
	 */
	private Events call(GoogleCall call, String calendarId) {
		Answer answer;
		try {
			answer = this.breaker.executeSupplier(() -> {
				try {
					return new Answer(call.execute(), 0);
				}
				catch (GoogleJsonResponseException ex) {
					if (isAnswer(ex)) {
						return new Answer(null, ex.getStatusCode());
					}
					throw new CalendarUnavailableException("Google answered " + ex.getStatusCode() + ".");
				}
				catch (IOException ex) {
					throw new CalendarUnavailableException(
							"Google could not be reached (" + ex.getClass().getSimpleName() + ").");
				}
			});
		}
		catch (CallNotPermittedException ex) {
			throw new CalendarUnavailableException(
					"Google Calendar failed repeatedly; Bella waits before trying again.");
		}
		if (answer.status() == GONE) {
			throw new SyncTokenExpiredException();
		}
		if (answer.events() == null) {
			throw new CalendarSyncRefusedException("Google refused to read the calendar " + calendarId + " (status "
					+ answer.status() + "): check that it is shared with Bella's account.");
		}
		return answer.events();
	}

	// 403 is also how Google says "too many requests" (rateLimitExceeded): that is
	// failing
	private static boolean isAnswer(GoogleJsonResponseException ex) {
		int status = ex.getStatusCode();
		if (status == FORBIDDEN) {
			return ex.getDetails() == null
					|| !String.valueOf(ex.getDetails()).toLowerCase(Locale.ROOT).contains("ratelimit");
		}
		return status == BAD_REQUEST || status == NOT_FOUND || status == GONE;
	}

	/**
	 * The time an event makes its calendar's owner busy, if it does.
	 */
	static Optional<BusyBlock> busy(Event event, ZoneId zone) {
		if ("cancelled".equals(event.getStatus()) || "transparent".equals(event.getTransparency()) || isBellas(event)
				|| declinedByOwner(event) || event.getStart() == null || event.getEnd() == null) {
			return Optional.empty();
		}
		Instant start = instant(event.getStart(), zone);
		Instant end = instant(event.getEnd(), zone);
		return end.isAfter(start) ? Optional.of(new BusyBlock(start, end)) : Optional.empty();
	}

	private static boolean isBellas(Event event) {
		return event.getExtendedProperties() != null && event.getExtendedProperties().getPrivate() != null
				&& event.getExtendedProperties().getPrivate().containsKey(CalendarEvents.APPOINTMENT_PROPERTY);
	}

	private static boolean declinedByOwner(Event event) {
		List<EventAttendee> attendees = Optional.ofNullable(event.getAttendees()).orElse(List.of());
		return attendees.stream()
			.anyMatch((attendee) -> Boolean.TRUE.equals(attendee.getSelf())
					&& "declined".equals(attendee.getResponseStatus()));
	}

	// an all-day event has a date, taken as the clinic's whole day
	private static Instant instant(EventDateTime time, ZoneId zone) {
		if (time.getDateTime() != null) {
			return Instant.ofEpochMilli(time.getDateTime().getValue());
		}
		return LocalDate.parse(time.getDate().toStringRfc3339()).atStartOfDay(zone).toInstant();
	}

	private interface Query {

		Calendar.Events.List apply(Calendar.Events.List list) throws IOException;

	}

	private record Answer(Events events, int status) {
	}

	private interface GoogleCall {

		Events execute() throws IOException;

	}

}
