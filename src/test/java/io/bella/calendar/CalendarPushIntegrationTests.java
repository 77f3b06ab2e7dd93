package io.bella.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.booking.AppointmentBooked;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingSource;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.util.AopTestUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appointments booked, moved and cancelled over the API reach the provider's Google
 * calendar from the outbox, through the Google client and the fake Google with its token
 * endpoint, once each, whatever Google answers in between.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class CalendarPushIntegrationTests {

	// Monday 1 June 2026, 8:00 in Toronto
	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	static final WireMockServer google = FakeRemoteSystems.google();

	@LocalServerPort
	int port;

	private final MutableClock clock;

	private final CalendarPush push;

	private final AppointmentChanges changes;

	private final AppointmentTypes types;

	private final CircuitBreakerRegistry breakers;

	private final JdbcClient jdbc;

	private CalendarClinic clinic;

	CalendarPushIntegrationTests(MutableClock clock, CalendarPush push, AppointmentChanges changes,
			AppointmentTypes types, CircuitBreakerRegistry breakers, JdbcClient jdbc) {
		this.clock = clock;
		this.push = push;
		this.changes = changes;
		this.types = types;
		this.breakers = breakers;
		this.jdbc = jdbc;
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
	void bookingInsertsTheEventWithBellasIdAndNoPatientData() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}")));

		long appointment = this.clinic.book("2026-06-02T10:00:00-04:00");
		this.clinic.awaitPending(appointment);
		this.push.writeDue();

		google.verify(1, postRequestedFor(urlPathEqualTo(this.clinic.events()))
			.withHeader("Authorization", equalTo("Bearer " + FakeRemoteSystems.GOOGLE_ACCESS_TOKEN))
			.withRequestBody(matchingJsonPath("$.id", equalTo(EventIds.of(appointment))))
			.withRequestBody(matchingJsonPath("$.summary", equalTo("Checkup (Bella appointment #" + appointment + ")")))
			.withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-06-02T10:00:00.000-04:00")))
			.withRequestBody(matchingJsonPath("$.start.timeZone", equalTo("America/Toronto")))
			.withRequestBody(matchingJsonPath("$.end.dateTime", equalTo(this.clinic.endsAt(appointment))))
			.withRequestBody(matchingJsonPath("$.extendedProperties.private.bella-appointment",
					equalTo(Long.toString(appointment))))
			.withRequestBody(notContaining("Zoe"))
			.withRequestBody(notContaining("Quillfeather"))
			.withRequestBody(notContaining(this.clinic.patientPhone.substring(2))));
		assertThat(this.clinic.pending(appointment)).isFalse();
	}

	@Test
	void anInsertTriedAgainFindsItsEventAndPatchesIt() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(failure(409, "duplicate")));
		long appointment = this.clinic.book("2026-06-02T11:00:00-04:00");
		google.stubFor(patchOf(this.clinic.event(appointment)).willReturn(okJson("{}")));
		this.clinic.awaitPending(appointment);

		this.push.writeDue();

		google.verify(1, postRequestedFor(urlPathEqualTo(this.clinic.events())));
		google.verify(1,
				patchedAt(this.clinic.event(appointment))
					.withRequestBody(matchingJsonPath("$.status", equalTo("confirmed")))
					.withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-06-02T11:00:00.000-04:00"))));
		assertThat(this.clinic.pending(appointment)).isFalse();
	}

	@Test
	void aMovePatchesTheEventAndACancelDeletesIt() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}")));
		long appointment = this.clinic.book("2026-06-03T10:00:00-04:00");
		google.stubFor(patchOf(this.clinic.event(appointment)).willReturn(okJson("{}")));
		google.stubFor(delete(urlPathEqualTo(this.clinic.event(appointment))).willReturn(aResponse().withStatus(204)));
		this.clinic.awaitPending(appointment);
		this.push.writeDue();

		this.clinic.reschedule(appointment, "2026-06-03T14:00:00-04:00");
		this.clinic.awaitPending(appointment);
		this.push.writeDue();

		google.verify(1,
				patchedAt(this.clinic.event(appointment))
					.withRequestBody(matchingJsonPath("$.start.dateTime", equalTo("2026-06-03T14:00:00.000-04:00")))
					.withRequestBody(matchingJsonPath("$.end.dateTime", equalTo(this.clinic.endsAt(appointment)))));

		this.clinic.cancel(appointment);
		this.clinic.awaitPending(appointment);
		this.push.writeDue();

		google.verify(1, deleteRequestedFor(urlPathEqualTo(this.clinic.event(appointment))));
		google.verify(1, postRequestedFor(urlPathEqualTo(this.clinic.events())));
		assertThat(this.clinic.pending(appointment)).isFalse();
	}

	@Test
	void anEventAlreadyGoneIsDeleted() {
		long appointment = this.clinic.book("2026-06-03T09:00:00-04:00");
		this.clinic.cancel(appointment);
		google.stubFor(delete(urlPathEqualTo(this.clinic.event(appointment))).willReturn(failure(410, "deleted")));
		this.clinic.awaitPending(appointment);

		this.push.writeDue();

		assertThat(this.clinic.pending(appointment)).isFalse();
	}

	@Test
	void googleDownLeavesTheBookingAloneAndTheEventArrivesOnceGoogleIsBack() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(aResponse().withStatus(503)));

		long appointment = this.clinic.book("2026-06-04T10:00:00-04:00");
		this.clinic.awaitPending(appointment);
		this.push.writeDue();

		assertThat(this.clinic.pending(appointment)).isTrue();
		assertThat(lastError(appointment)).contains("503");
		FakeRemoteSystems.resetGoogle();
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}")));
		// it waits 30 s before the next attempt
		this.push.writeDue();
		google.verify(0, postRequestedFor(urlPathEqualTo(this.clinic.events())));

		this.clock.advance(Duration.ofSeconds(31));
		this.push.writeDue();
		this.push.writeDue();

		google.verify(1, postRequestedFor(urlPathEqualTo(this.clinic.events()))
			.withRequestBody(matchingJsonPath("$.id", equalTo(EventIds.of(appointment)))));
		assertThat(this.clinic.pending(appointment)).isFalse();
	}

	@Test
	void twoWritersRacingForOneWriteWriteItOnce() throws Exception {
		// slow enough that both writers are at work together
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}").withFixedDelay(300)));
		long appointment = this.clinic.book("2026-06-04T13:00:00-04:00");
		this.clinic.awaitPending(appointment);

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> writers = List.of(CompletableFuture.supplyAsync(() -> race(start)),
				CompletableFuture.supplyAsync(() -> race(start)));
		start.countDown();
		int claimed = writers.get(0).get() + writers.get(1).get();

		assertThat(claimed).isEqualTo(1);
		google.verify(1, postRequestedFor(urlPathEqualTo(this.clinic.events())));
		assertThat(this.clinic.pending(appointment)).isFalse();
	}

	@Test
	void anEventDeliveredAgainAfterTheWriteEnqueuesNothing() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(okJson("{}")));
		long appointment = this.clinic.book("2026-06-05T10:00:00-04:00");
		this.clinic.awaitPending(appointment);
		this.push.writeDue();

		AppointmentChanges target = AopTestUtils.getUltimateTargetObject(this.changes);
		target.on(new AppointmentBooked(appointment, this.clinic.patient, this.clinic.provider, NOW, NOW,
				BookingSource.API));
		this.push.writeDue();

		assertThat(this.clinic.pending(appointment)).isFalse();
		google.verify(1, postRequestedFor(urlPathEqualTo(this.clinic.events())));
	}

	@Test
	void aCalendarNotSharedWithBellaIsKeptWithGooglesAnswerAndTriedAgainSlowly() {
		google.stubFor(post(urlPathEqualTo(this.clinic.events())).willReturn(failure(403, "forbiddenForNonOrganizer")));
		long appointment = this.clinic.book("2026-06-05T14:00:00-04:00");
		this.clinic.awaitPending(appointment);

		this.push.writeDue();
		this.clock.advance(Duration.ofMinutes(30));
		this.push.writeDue();

		google.verify(1, postRequestedFor(urlPathEqualTo(this.clinic.events())));
		assertThat(this.clinic.pending(appointment)).isTrue();
		assertThat(lastError(appointment)).startsWith("403").contains("forbiddenForNonOrganizer");
		assertThat(this.breakers.circuitBreaker("google-calendar").getMetrics().getNumberOfFailedCalls()).isZero();
	}

	private int race(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.push.writeDue();
	}

	private String lastError(long appointment) {
		return this.jdbc.sql("SELECT last_error FROM calendar_write WHERE appointment_id = ?")
			.param(appointment)
			.query(String.class)
			.single();
	}

	// Java's HttpURLConnection has no PATCH: the client posts with Google's override
	// header
	static MappingBuilder patchOf(String event) {
		return post(urlPathEqualTo(event)).withHeader("X-HTTP-Method-Override", equalTo("PATCH"));
	}

	static RequestPatternBuilder patchedAt(String event) {
		return postRequestedFor(urlPathEqualTo(event)).withHeader("X-HTTP-Method-Override", equalTo("PATCH"));
	}

	static ResponseDefinitionBuilder failure(int status, String reason) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(error(status, reason));
	}

	static String error(int status, String reason) {
		return "{\"error\": {\"code\": " + status + ", \"message\": \"" + reason + "\", \"errors\": [{\"reason\": \""
				+ reason + "\", \"message\": \"" + reason + "\"}]}}";
	}

}
