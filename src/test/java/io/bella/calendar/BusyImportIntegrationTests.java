package io.bella.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.DemoClinic;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.bella.dialogue.CallSession;
import io.bella.dialogue.DialogueEngine;
import io.bella.dialogue.Reply;
import io.bella.dialogue.Utterance;
import io.bella.operations.alerts.RuleEvaluation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The busy import against the fake Google, with Dr. Ng's calendar linked and the clock at
 * Monday, March 9th 2026, 10 a.m. in Toronto: a meeting on Tuesday at 1 p.m. takes the
 * slots it covers out of availability, while Bella's own event, an event shown as free,
 * one the owner declined and a cancelled one do not, and the voice assistant offers other
 * times; the sync token reads only changes, and a 410 reads the calendar whole again; the
 * on-demand endpoint's answers; busy data older than the maximum age blocks Dr. Ng and
 * fires {@code calendar-busy-stale}.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class BusyImportIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	static final String EVENTS = "/calendar/v3/calendars/[^/]+/events";

	static final WireMockServer google = FakeRemoteSystems.google();

	private final MutableClock clock;

	private final JdbcClient jdbc;

	private final RuleEvaluation evaluation;

	private final DialogueEngine dialogue;

	private final Patients patients;

	private final long ng;

	private final long tremblay;

	@LocalServerPort
	int port;

	ApiClient api;

	BusyImportIntegrationTests(MutableClock clock, JdbcClient jdbc, RuleEvaluation evaluation, Providers providers,
			DialogueEngine dialogue, Patients patients) {
		this.clock = clock;
		this.patients = patients;
		this.dialogue = dialogue;
		this.jdbc = jdbc;
		this.evaluation = evaluation;
		this.ng = DemoClinic.provider(providers, "Dr. Sarah Ng");
		this.tremblay = DemoClinic.provider(providers, "Dr. Marc Tremblay");
	}

	@BeforeEach
	void linkDrNgsCalendar() {
		this.clock.set(MONDAY_10_AM);
		FakeRemoteSystems.resetGoogle();
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		forget();
		assertThat(
				this.api.patch("/api/providers/" + this.ng, "{\"google_calendar_id\": \"ng@maple.example\"}").status())
			.isEqualTo(200);
		// the import the link started met no stubs and stored nothing; the tests read
		// anew
		LinkedCalendars.awaitImports(this.jdbc);
		forget();
		google.resetRequests();
	}

	@AfterEach
	void unlinkIt() {
		this.api.patch("/api/providers/" + this.ng, "{\"google_calendar_id\": null}");
		forget();
		this.evaluation.evaluateAll();
	}

	@Test
	void aMeetingBlocksItsSlotsAndBellasOwnFreeDeclinedAndCancelledEventsDoNot() {
		google.stubFor(fullRead().willReturn(okJson(events("token-1", meeting("meeting", 13, 0, 14, 0),
				bellas("bella-1", 15, 0, 15, 30), free("free", 9, 0, 9, 30), declined("declined", 10, 0, 10, 30),
				cancelled("gone", 11, 0, 11, 30)))));

		Response synced = this.api.post("/api/providers/" + this.ng + "/calendar-sync", "");

		assertThat(synced.status()).as(synced.body()).isEqualTo(200);
		assertThat(synced.json().get("provider_id").asLong()).isEqualTo(this.ng);
		assertThat(synced.json().get("busy_blocks").asInt()).isEqualTo(1);
		assertThat(synced.json().has("imported_at")).isTrue();
		assertThat(slotsOfNgOnTuesday()).contains("09:00", "10:00", "11:00", "14:00", "15:00")
			.doesNotContain("13:00", "13:30");
		google.verify(getRequestedFor(urlPathMatching(EVENTS)).withQueryParam("singleEvents", equalTo("true"))
			.withHeader("Authorization", equalTo("Bearer " + FakeRemoteSystems.GOOGLE_ACCESS_TOKEN)));
	}

	@Test
	void linkingACalendarImportsItsBusyTimesWithoutAManualSync() {
		unlink();
		google.stubFor(fullRead().willReturn(okJson(events("token-1", meeting("meeting", 13, 0, 14, 0)))));

		link("ng@maple.example");

		assertThat(slotsOfNgOnTuesday()).contains("09:00", "14:00").doesNotContain("13:00", "13:30");
		Response booked = bookNgOnTuesdayAt("13:00");
		assertThat(booked.status()).as(booked.body()).isEqualTo(422);
		assertThat(booked.json().get("rule").asString()).isEqualTo("calendar-busy");
	}

	@Test
	void anotherCalendarIsNotTrustedWithTheFormerOnesImport() {
		google.stubFor(fullRead().willReturn(okJson(events("token-1"))));
		sync();
		assertThat(slotsOfNgOnTuesday()).contains("13:00");
		FakeRemoteSystems.resetGoogle();

		// Google refuses the new calendar: nothing is imported, and nothing of the old
		// calendar counts
		link("ng-other@maple.example");

		assertThat(slotsOfNgOnTuesday()).isEmpty();
		unlink();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM provider_busy_import WHERE provider_id = ?")
			.param(this.ng)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theVoiceAssistantDoesNotOfferTimesTheCalendarIsBusy() {
		google.stubFor(fullRead().willReturn(okJson(events("token-1", meeting("afternoon", 13, 0, 17, 0)))));
		sync();
		CallSession call = new CallSession("CA" + UUID.randomUUID().toString().replace("-", ""), "+14165550155",
				"+14165550100", this.clock.instant());
		this.dialogue.start(call);

		Reply offer = this.dialogue.respond(call,
				new Utterance("i'd like to book a checkup with doctor ng for tomorrow afternoon please", 0.9));

		assertThat(offer.speech()).contains("with Dr. Ng").doesNotContain("Tuesday, March 10th");
	}

	@Test
	void theSyncTokenReadsChangesAndA410ReadsTheCalendarWholeAgain() {
		google.stubFor(fullRead().willReturn(okJson(events("token-1", meeting("meeting", 13, 0, 14, 0)))));
		sync();
		google.stubFor(changesSince("token-1").willReturn(
				okJson(events("token-2", cancelled("meeting", 13, 0, 14, 0), meeting("lunch", 16, 0, 16, 30)))));

		assertThat(sync().get("busy_blocks").asInt()).isEqualTo(1);
		assertThat(slotsOfNgOnTuesday()).contains("13:00").doesNotContain("16:00");

		google.stubFor(changesSince("token-2").willReturn(aResponse().withStatus(410)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"code\": 410, \"message\": \"Sync token is no longer valid.\"}}")));
		google.stubFor(fullRead().willReturn(okJson(events("token-3", meeting("meeting", 13, 0, 14, 0)))));

		assertThat(sync().get("busy_blocks").asInt()).isEqualTo(1);
		assertThat(slotsOfNgOnTuesday()).contains("16:00").doesNotContain("13:00");
		google.verify(2, getRequestedFor(urlPathMatching(EVENTS)).withQueryParam("timeMin", matching(".+")));
		google.verify(getRequestedFor(urlPathMatching(EVENTS)).withQueryParam("syncToken", equalTo("token-2")));
	}

	@Test
	void theEndpointRefusesWhatItCannotReadAndSaysWhenGoogleIsDown() {
		assertThat(this.api.post("/api/providers/999999/calendar-sync", "").status()).isEqualTo(404);
		Response noCalendar = this.api.post("/api/providers/" + this.tremblay + "/calendar-sync", "");
		assertThat(noCalendar.status()).isEqualTo(409);
		assertThat(noCalendar.contentType()).startsWith("application/problem+json");
		assertThat(noCalendar.json().get("detail").asString()).contains("google_calendar_id");

		google.stubFor(fullRead().willReturn(aResponse().withStatus(503)));
		Response down = this.api.post("/api/providers/" + this.ng + "/calendar-sync", "");

		assertThat(down.status()).isEqualTo(503);
		assertThat(down.contentType()).startsWith("application/problem+json");
	}

	@Test
	void staleBusyDataBlocksTheProviderAndFiresTheAlert() {
		google.stubFor(fullRead().willReturn(okJson(events("token-1"))));
		sync();
		this.evaluation.evaluateAll();
		assertThat(staleAlerts()).isZero();

		this.clock.set(MONDAY_10_AM.plus(Duration.ofMinutes(61)));
		this.evaluation.evaluateAll();

		assertThat(slotsOfNgOnTuesday()).isEmpty();
		assertThat(staleAlerts()).isEqualTo(1);

		google.stubFor(changesSince("token-1").willReturn(okJson(events("token-2"))));
		sync();
		this.evaluation.evaluateAll();
		assertThat(staleAlerts()).isZero();
		assertThat(slotsOfNgOnTuesday()).contains("13:00");
	}

	private JsonNode sync() {
		Response synced = this.api.post("/api/providers/" + this.ng + "/calendar-sync", "");
		assertThat(synced.status()).as(synced.body()).isEqualTo(200);
		return synced.json();
	}

	private void link(String calendarId) {
		Response linked = this.api.patch("/api/providers/" + this.ng,
				"{\"google_calendar_id\": \"" + calendarId + "\"}");
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		LinkedCalendars.awaitImports(this.jdbc);
	}

	private void unlink() {
		assertThat(this.api.patch("/api/providers/" + this.ng, "{\"google_calendar_id\": null}").status())
			.isEqualTo(200);
		LinkedCalendars.awaitImports(this.jdbc);
	}

	private Response bookNgOnTuesdayAt(String time) {
		long patient = this.patients.register("Lena Linked", "+14165557301", null).id();
		return this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "2026-03-10T%s:00-04:00", "duration_min": 30, "provider_id": %d}
				""".formatted(patient, time, this.ng));
	}

	private long staleAlerts() {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM alert WHERE rule = 'calendar-busy-stale' AND severity = 'HIGH' "
					+ "AND state = 'FIRING'")
			.query(Long.class)
			.single();
	}

	private void forget() {
		for (String table : List.of("google_busy_event", "google_busy_sync", "provider_busy", "provider_busy_import")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE provider_id = ?").param(this.ng).update();
		}
	}

	private List<String> slotsOfNgOnTuesday() {
		return DemoClinic.slotStarts(this.api, "2026-03-10", this.ng);
	}

	private static MappingBuilder fullRead() {
		return get(urlPathMatching(EVENTS)).withQueryParam("syncToken", absent())
			.withQueryParam("timeMin", matching(".+"));
	}

	private static MappingBuilder changesSince(String token) {
		return get(urlPathMatching(EVENTS)).withQueryParam("syncToken", equalTo(token));
	}

	private static String events(String syncToken, String... items) {
		return "{\"kind\": \"calendar#events\", \"items\": [" + String.join(", ", items) + "], \"nextSyncToken\": \""
				+ syncToken + "\"}";
	}

	private static String meeting(String id, int fromHour, int fromMinute, int toHour, int toMinute) {
		return event(id, fromHour, fromMinute, toHour, toMinute, "");
	}

	private static String bellas(String id, int fromHour, int fromMinute, int toHour, int toMinute) {
		return event(id, fromHour, fromMinute, toHour, toMinute,
				", \"extendedProperties\": {\"private\": {\"bella-appointment\": \"42\"}}");
	}

	private static String free(String id, int fromHour, int fromMinute, int toHour, int toMinute) {
		return event(id, fromHour, fromMinute, toHour, toMinute, ", \"transparency\": \"transparent\"");
	}

	private static String declined(String id, int fromHour, int fromMinute, int toHour, int toMinute) {
		return event(id, fromHour, fromMinute, toHour, toMinute,
				", \"attendees\": [{\"email\": \"ng@maple.example\", \"self\": true, \"responseStatus\": \"declined\"}]");
	}

	private static String cancelled(String id, int fromHour, int fromMinute, int toHour, int toMinute) {
		return event(id, fromHour, fromMinute, toHour, toMinute, "").replace("confirmed", "cancelled");
	}

	private static String event(String id, int fromHour, int fromMinute, int toHour, int toMinute, String more) {
		return "{\"id\": \"%s\", \"status\": \"confirmed\", \"start\": {\"dateTime\": \"2026-03-10T%02d:%02d:00-04:00\"}, "
			.formatted(id, fromHour, fromMinute)
				+ "\"end\": {\"dateTime\": \"2026-03-10T%02d:%02d:00-04:00\"}%s}".formatted(toHour, toMinute, more);
	}

}
