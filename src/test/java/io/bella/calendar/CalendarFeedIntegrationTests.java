package io.bella.calendar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.RawHttp;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingService;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.ProviderSetup;
import io.bella.booking.Providers;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The providers' ICS feeds over real HTTP: what a feed lists and never shows, the one 404
 * for every token that opens nothing, and the API that issues and revokes links.
 * Providers made here stop taking bookings afterwards.
 */
@BellaIntegrationTest
class CalendarFeedIntegrationTests {

	static final Instant NOW = Instant.parse("2026-03-02T13:00:00Z");

	static final Duration DAY = Duration.ofDays(1);

	@LocalServerPort
	int port;

	@Autowired
	ProviderSetup providerSetup;

	@Autowired
	Providers providerRows;

	@Autowired
	Patients patients;

	@Autowired
	AppointmentTypes types;

	@Autowired
	BookingService bookings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	final HttpClient http = HttpClient.newHttpClient();

	final List<Long> providers = new ArrayList<>();

	ApiClient api;

	long provider;

	Patient patient;

	@BeforeEach
	void setUp() {
		this.clock.set(NOW);
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		this.provider = provider();
		String digits = String.valueOf(1000 + new SecureRandom().nextInt(9000));
		this.patient = this.patients.register("Annabelle Feedwright-" + digits, "647-555-" + digits, null);
	}

	@AfterEach
	void stopProviders() {
		this.providers.forEach((id) -> this.providerSetup.update(id, null, false, true));
	}

	@Test
	void aFeedListsOnlyItsProvidersBookedAppointmentsOfTheNextNinetyDays() throws Exception {
		AppointmentType type = this.types.findAll().get(0);
		long tomorrow = insert(this.provider, type.id(), NOW.plus(DAY), "booked");
		long lastDay = insert(this.provider, null, NOW.plus(DAY.multipliedBy(89)), "booked");
		insert(this.provider, type.id(), NOW.plus(DAY.multipliedBy(91)), "booked");
		insert(this.provider, type.id(), NOW.minus(DAY), "booked");
		insert(this.provider, type.id(), NOW.plus(DAY.multipliedBy(2)), "cancelled");
		insert(provider(), type.id(), NOW.plus(DAY.multipliedBy(3)), "booked");

		HttpResponse<byte[]> response = fetch(path(issue(this.provider)));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow())
			.isEqualToIgnoringCase("text/calendar;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("private")
			.contains("max-age=300")
			.doesNotContain("public");
		Calendar calendar = Rfc5545.read(response.body());
		List<VEvent> events = Rfc5545.events(calendar);
		assertThat(events).extracting((event) -> Rfc5545.value(event, "UID"))
			.containsExactly("appointment-" + tomorrow + "@bella.invalid", "appointment-" + lastDay + "@bella.invalid");
		assertThat(events).extracting((event) -> Rfc5545.value(event, "SUMMARY"))
			.containsExactly(type.name(), "Appointment");
		assertThat(events).extracting((event) -> Rfc5545.value(event, "DESCRIPTION"))
			.containsExactly("Bella appointment #" + tomorrow, "Bella appointment #" + lastDay);
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Annabelle", "Feedwright", this.patient.phone(),
				this.patient.phone().substring(this.patient.phone().length() - 7));
	}

	@Test
	void theFirstNameAloneIsShownWhenTheClinicAsksAndTheFeedIsBounded() {
		insert(this.provider, null, NOW.plus(DAY), "booked");
		insert(this.provider, null, NOW.plus(DAY.multipliedBy(2)), "booked");
		ProviderFeed named = new ProviderFeed(this.bookings, this.types, this.patients,
				new CalendarFeedProperties(90, true, 1), "https://bella.example.com/clinic", this.clock);

		Calendar calendar = Rfc5545.read(
				named.render(this.providerRows.findById(this.provider).orElseThrow()).getBytes(StandardCharsets.UTF_8));

		assertThat(Rfc5545.events(calendar)).singleElement()
			.satisfies((event) -> assertThat(Rfc5545.value(event, "SUMMARY")).isEqualTo("Appointment – Annabelle"))
			.satisfies((event) -> assertThat(Rfc5545.value(event, "UID")).endsWith("@bella.example.com"));
	}

	@Test
	void everyTokenThatOpensNoFeedGetsTheSame404() throws Exception {
		String issued = path(issue(this.provider));
		String token = issued.substring("/calendar/".length(), issued.length() - ".ics".length());
		String otherSecret = FeedToken.generate(new SecureRandom()).secret();
		List<String> paths = List.of("/calendar/" + FeedToken.generate(new SecureRandom()).text() + ".ics",
				"/calendar/" + token.substring(0, FeedToken.LOOKUP_LENGTH) + otherSecret + ".ics",
				"/calendar/nothing.ics", "/calendar/" + token + "x.ics", "/calendar/" + token.substring(1) + ".ics");

		List<String> bodies = new ArrayList<>();
		for (String path : paths) {
			HttpResponse<byte[]> response = fetch(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path)
				.startsWith("application/problem+json");
			bodies.add(new String(response.body(), StandardCharsets.UTF_8));
		}

		assertThat(bodies).allSatisfy((body) -> assertThat(body).isEqualTo(bodies.get(0)).doesNotContain(token));
		assertThat(fetch(issued).statusCode()).isEqualTo(200);
	}

	@Test
	void aNewLinkRevokesTheOldAndRevokingEndsTheFeed() throws Exception {
		String first = path(issue(this.provider));
		String second = path(issue(this.provider));

		assertThat(fetch(first).statusCode()).isEqualTo(404);
		assertThat(fetch(second).statusCode()).isEqualTo(200);

		assertThat(this.api.delete("/api/providers/" + this.provider + "/calendar-feed").status()).isEqualTo(204);
		assertThat(fetch(second).statusCode()).isEqualTo(404);
		assertThat(this.api.delete("/api/providers/" + this.provider + "/calendar-feed").status()).isEqualTo(204);
	}

	@Test
	void theDatabaseKeepsNoUsableToken() {
		String issued = path(issue(this.provider));
		String token = issued.substring("/calendar/".length(), issued.length() - ".ics".length());

		Map<String, Object> row = this.jdbc
			.sql("SELECT lookup_id, secret_hash FROM calendar_feed WHERE provider_id = ?")
			.param(this.provider)
			.query()
			.singleRow();

		assertThat(row.get("lookup_id")).isEqualTo(token.substring(0, FeedToken.LOOKUP_LENGTH));
		assertThat(row.get("secret_hash").toString()).hasSize(64)
			.doesNotContain(token.substring(FeedToken.LOOKUP_LENGTH));
	}

	@Test
	void theApiIssuesLinksForKnownProvidersToHoldersOfTheKey() {
		ApiClient.Response created = this.api.post("/api/providers/" + this.provider + "/calendar-feed", "");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("url").asString()).matches("/calendar/[A-Za-z0-9_-]{55}\\.ics")
			.isEqualTo(created.location());
		assertThat(this.api.post("/api/providers/999999999/calendar-feed", "").status()).isEqualTo(404);
		ApiClient.Response unknown = this.api.delete("/api/providers/999999999/calendar-feed");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		ApiClient keyless = new ApiClient(this.port, null);
		assertThat(keyless.post("/api/providers/" + this.provider + "/calendar-feed", "").status()).isEqualTo(401);
		assertThat(keyless.delete("/api/providers/" + this.provider + "/calendar-feed").status()).isEqualTo(401);
	}

	@Test
	void onlyReadingOneFeedPathIsOpenWithoutTheKey() {
		String issued = path(issue(this.provider));

		// refused for want of the API key, or first for want of a CSRF token
		assertThat(RawHttp.send(this.port, "POST", issued, Map.of(), "").status()).isIn(401, 403);
		assertThat(RawHttp.send(this.port, "DELETE", issued, Map.of(), "").status()).isIn(401, 403);
		assertThat(RawHttp.get(this.port, "/calendar/a/b.ics", Map.of()).status()).isEqualTo(401);
		assertThat(RawHttp.get(this.port, "/calendar/x.ics/../../api/users", Map.of()).status()).isIn(400, 401);
		assertThat(RawHttp.get(this.port, "/calendar/..%2fapi%2fusers.ics", Map.of()).status()).isIn(400, 401);
		assertThat(RawHttp.get(this.port, "/calendar/feed", Map.of()).status()).isEqualTo(401);
	}

	private String issue(long providerId) {
		ApiClient.Response created = this.api.post("/api/providers/" + providerId + "/calendar-feed", "");
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("url").asString();
	}

	private static String path(String url) {
		return URI.create(url).getPath();
	}

	private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private long provider() {
		long id = this.providerSetup.create("Dr. Feed " + UUID.randomUUID().toString().substring(0, 8), null)
			.value()
			.id();
		this.providers.add(id);
		return id;
	}

	private long insert(long providerId, Long typeId, Instant startsAt, String status) {
		Instant endsAt = startsAt.plus(Duration.ofMinutes(30));
		return this.jdbc.sql("""
				INSERT INTO appointment (patient_id, provider_id, appointment_type_id, starts_at, ends_at,
				    blocked_from, blocked_to, status, source, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'api', ?, ?) RETURNING id""")
			.params(this.patient.id(), providerId, typeId, startsAt.atOffset(ZoneOffset.UTC),
					endsAt.atOffset(ZoneOffset.UTC), startsAt.atOffset(ZoneOffset.UTC), endsAt.atOffset(ZoneOffset.UTC),
					status, NOW.minus(DAY).atOffset(ZoneOffset.UTC), NOW.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
