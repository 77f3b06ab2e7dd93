package io.bella.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import io.bella.booking.BusyBlock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which Google events make a provider busy, and the refresh interval's limits.
 */
class GoogleBusyReaderTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@Test
	void anOpaqueConfirmedEventIsBusyFromItsStartToItsEnd() {
		Optional<BusyBlock> busy = GoogleBusyReader.busy(timed(), TORONTO);

		assertThat(busy)
			.contains(new BusyBlock(Instant.parse("2026-03-10T17:00:00Z"), Instant.parse("2026-03-10T18:00:00Z")));
	}

	@Test
	void cancelledFreeDeclinedAndBellasOwnEventsAreNotBusy() {
		assertThat(GoogleBusyReader.busy(timed().setStatus("cancelled"), TORONTO)).isEmpty();
		assertThat(GoogleBusyReader.busy(timed().setTransparency("transparent"), TORONTO)).isEmpty();
		assertThat(GoogleBusyReader.busy(
				timed().setAttendees(List.of(
						new EventAttendee().setEmail("someone@maple.example").setResponseStatus("accepted"),
						new EventAttendee().setEmail("ng@maple.example").setSelf(true).setResponseStatus("declined"))),
				TORONTO))
			.isEmpty();
		assertThat(GoogleBusyReader.busy(
				timed().setExtendedProperties(
						new Event.ExtendedProperties().setPrivate(Map.of(CalendarEvents.APPOINTMENT_PROPERTY, "42"))),
				TORONTO))
			.isEmpty();
		// someone else declining does not free the owner
		assertThat(GoogleBusyReader.busy(
				timed().setAttendees(
						List.of(new EventAttendee().setEmail("someone@maple.example").setResponseStatus("declined"))),
				TORONTO))
			.isPresent();
	}

	@Test
	void anAllDayEventTakesTheClinicsWholeDays() {
		Event vacation = new Event().setId("vacation")
			.setStatus("confirmed")
			.setStart(new EventDateTime().setDate(new DateTime("2026-03-10")))
			.setEnd(new EventDateTime().setDate(new DateTime("2026-03-12")));

		assertThat(GoogleBusyReader.busy(vacation, TORONTO))
			.contains(new BusyBlock(Instant.parse("2026-03-10T04:00:00Z"), Instant.parse("2026-03-12T04:00:00Z")));
	}

	@Test
	void theRefreshIsAtMostFifteenMinutes() {
		assertThat(new BusyRefreshProperties(Duration.ofMinutes(15)).claim())
			.isEqualTo(Duration.ofMinutes(13).plusSeconds(30));
		assertThatIllegalArgumentException().isThrownBy(() -> new BusyRefreshProperties(Duration.ofMinutes(16)))
			.withMessageContaining("bella.google.busy-refresh");
		assertThatIllegalArgumentException().isThrownBy(() -> new BusyRefreshProperties(Duration.ZERO));
	}

	private static Event timed() {
		return new Event().setId("meeting")
			.setStatus("confirmed")
			.setStart(new EventDateTime().setDateTime(new DateTime("2026-03-10T13:00:00-04:00")))
			.setEnd(new EventDateTime().setDateTime(new DateTime("2026-03-10T14:00:00-04:00")));
	}

}
