package io.bella.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.booking.AppointmentTypes;
import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bella wins: events Bella owns that were edited or deleted in Google are written back,
 * and the {@code calendar-outbox-stale} alert fires for a provider whose appointments
 * have waited more than 30 minutes to reach Google.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class OwnEventsCheckIntegrationTests {

	// Monday 8 June 2026, 8:00 in Toronto
	static final Instant NOW = Instant.parse("2026-06-08T12:00:00Z");

	static final WireMockServer google = FakeRemoteSystems.google();

	@LocalServerPort
	int port;

	private final MutableClock clock;

	private final CalendarPush push;

	private final OwnEventsCheck check;

	private final AppointmentTypes types;

	private final List<AlertRule> rules;

	private final JdbcClient jdbc;

	private final CircuitBreakerRegistry breakers;

	private CalendarClinic clinic;

	OwnEventsCheckIntegrationTests(MutableClock clock, CalendarPush push, OwnEventsCheck check, AppointmentTypes types,
			List<AlertRule> rules, JdbcClient jdbc, CircuitBreakerRegistry breakers) {
		this.clock = clock;
		this.push = push;
		this.check = check;
		this.types = types;
		this.rules = rules;
		this.jdbc = jdbc;
		this.breakers = breakers;
	}

	@BeforeEach
	void openClinic() {
		this.clock.set(NOW);
		this.clinic = CalendarClinic.open(this.port, this.types, this.jdbc, this.breakers);
	}

	@AfterEach
	void closeClinic() {
		this.clinic.close();
	}

	@Test
	void anEventMovedInGoogleIsMovedBackAndOneDeletedThereIsRestored() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}")));
		long moved = written("2026-06-09T10:00:00-04:00");
		long deleted = written("2026-06-09T14:00:00-04:00");
		String summary = "Checkup (Bella appointment #" + moved + ")";
		google.stubFor(get(urlPathEqualTo(this.clinic.events())).willReturn(okJson("""
				{"items": [
				  {"id": "%s", "status": "confirmed", "summary": "%s",
				   "start": {"dateTime": "2026-06-09T15:00:00-04:00"}, "end": {"dateTime": "2026-06-09T15:30:00-04:00"},
				   "extendedProperties": {"private": {"bella-appointment": "%d"}}},
				  {"id": "%s", "status": "cancelled", "extendedProperties": {"private": {"bella-appointment": "%d"}}},
				  {"id": "dentist-lunch", "status": "confirmed", "summary": "Lunch",
				   "start": {"dateTime": "2026-06-09T12:00:00-04:00"}, "end": {"dateTime": "2026-06-09T13:00:00-04:00"}}
				]}""".formatted(EventIds.of(moved), summary, moved, EventIds.of(deleted), deleted))));
		google.stubFor(CalendarPushIntegrationTests.patchOf(this.clinic.event(moved)).willReturn(okJson("{}")));
		google.stubFor(CalendarPushIntegrationTests.patchOf(this.clinic.event(deleted)).willReturn(okJson("{}")));
		google.stubFor(post(urlPathEqualTo(this.clinic.events()))
			.willReturn(CalendarPushIntegrationTests.failure(409, "duplicate")));

		assertThat(this.check.check()).isEqualTo(2);
		this.push.writeDue();

		google.verify(
				getRequestedFor(urlPathEqualTo(this.clinic.events())).withQueryParam("showDeleted", equalTo("true")));
		google.verify(1, CalendarPushIntegrationTests.patchedAt(this.clinic.event(moved))
			.withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-06-09T10:00:00.000-04:00"))));
		google.verify(1,
				CalendarPushIntegrationTests.patchedAt(this.clinic.event(deleted))
					.withRequestBody(matchingJsonPath("$.status", equalTo("confirmed")))
					.withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-06-09T14:00:00.000-04:00"))));
	}

	@Test
	void anEventStillThereAfterItsAppointmentWasCancelledIsDeletedAndOneThatMatchesIsLeft() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}")));
		long cancelled = written("2026-06-10T10:00:00-04:00");
		long kept = written("2026-06-10T14:00:00-04:00");
		this.clinic.cancel(cancelled);
		this.clinic.awaitPending(cancelled);
		// the delete is lost: the row is done but the event still stands in Google
		this.jdbc.sql("UPDATE calendar_write SET done_at = ? WHERE appointment_id = ?")
			.params(NOW.atOffset(java.time.ZoneOffset.UTC), cancelled)
			.update();
		google.stubFor(get(urlPathEqualTo(this.clinic.events())).willReturn(okJson("""
				{"items": [
				  {"id": "%s", "status": "confirmed", "summary": "Checkup (Bella appointment #%d)",
				   "start": {"dateTime": "2026-06-10T10:00:00-04:00"}, "end": {"dateTime": "2026-06-10T10:30:00-04:00"},
				   "extendedProperties": {"private": {"bella-appointment": "%d"}}},
				  {"id": "%s", "status": "confirmed", "summary": "Checkup (Bella appointment #%d)",
				   "start": {"dateTime": "2026-06-10T14:00:00-04:00"}, "end": {"dateTime": "%s"},
				   "extendedProperties": {"private": {"bella-appointment": "%d"}}}
				]}""".formatted(EventIds.of(cancelled), cancelled, cancelled, EventIds.of(kept), kept,
				this.clinic.endsAt(kept), kept))));
		google.stubFor(delete(urlPathEqualTo(this.clinic.event(cancelled))).willReturn(aResponse().withStatus(204)));

		assertThat(this.check.check()).isEqualTo(1);
		this.push.writeDue();

		google.verify(1, deleteRequestedFor(urlPathEqualTo(this.clinic.event(cancelled))));
		assertThat(this.clinic.pending(kept)).isFalse();
	}

	@Test
	void anEventOfAnotherProviderSharingTheCalendarIsLeftAlone() {
		CalendarClinic other = CalendarClinic.open(this.port, this.types, this.jdbc, this.breakers);
		try {
			// straight in the table: linking through the API would start an import of
			// busy times
			this.jdbc.sql("UPDATE provider SET google_calendar_id = ? WHERE id = ?")
				.params(this.clinic.calendarId, other.provider)
				.update();
			google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}")));
			long theirs = other.book("2026-06-12T10:00:00-04:00");
			other.awaitPending(theirs);
			this.push.writeDue();
			assertThat(other.pending(theirs)).isFalse();
			google.stubFor(get(urlPathEqualTo(this.clinic.events())).willReturn(okJson("""
					{"items": [
					  {"id": "%s", "status": "confirmed", "summary": "Checkup (Bella appointment #%d)",
					   "start": {"dateTime": "2026-06-12T10:00:00-04:00"}, "end": {"dateTime": "%s"},
					   "extendedProperties": {"private": {"bella-appointment": "%d"}}}
					]}""".formatted(EventIds.of(theirs), theirs, other.endsAt(theirs), theirs))));
			google.stubFor(delete(urlPathEqualTo(this.clinic.event(theirs))).willReturn(aResponse().withStatus(204)));

			assertThat(this.check.check()).isZero();
			this.push.writeDue();

			google.verify(0, deleteRequestedFor(urlPathEqualTo(this.clinic.event(theirs))));
			assertThat(other.pending(theirs)).isFalse();
		}
		finally {
			other.close();
		}
	}

	@Test
	void aWriteWaitingMoreThanThirtyMinutesFiresTheStaleOutboxAlertNamingTheProvider() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(aResponse().withStatus(503)));
		AlertRule rule = this.rules.stream()
			.filter((each) -> each.name().equals("calendar-outbox-stale"))
			.findFirst()
			.orElseThrow();
		long appointment = this.clinic.book("2026-06-11T10:00:00-04:00");
		this.clinic.awaitPending(appointment);
		this.push.writeDue();

		this.clock.advance(Duration.ofMinutes(29));
		assertThat(mine(rule.evaluate(this.clock.instant()))).isEmpty();

		this.clock.advance(Duration.ofMinutes(2));
		List<Condition> conditions = mine(rule.evaluate(this.clock.instant()));

		assertThat(conditions).singleElement().satisfies((condition) -> {
			assertThat(condition.severity()).isEqualTo(Severity.MEDIUM);
			assertThat(condition.component()).isEqualTo("google-calendar");
			assertThat(condition.summary()).startsWith("1 appointment of Dr. Calendar ")
				.endsWith(" not written to Google Calendar for more than 30 min");
			assertThat(condition.details()).contains("Google last answered: Google answered 503");
		});

		FakeRemoteSystems.resetGoogle();
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}")));
		this.push.writeDue();

		assertThat(mine(rule.evaluate(this.clock.instant()))).isEmpty();
	}

	private long written(String startsAt) {
		long appointment = this.clinic.book(startsAt);
		this.clinic.awaitPending(appointment);
		this.push.writeDue();
		assertThat(this.clinic.pending(appointment)).isFalse();
		return appointment;
	}

	private List<Condition> mine(List<Condition> conditions) {
		return conditions.stream()
			.filter((condition) -> condition.labels().get("provider").equals(Long.toString(this.clinic.provider)))
			.toList();
	}

}
