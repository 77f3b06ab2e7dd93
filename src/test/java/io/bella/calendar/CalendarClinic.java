package io.bella.calendar;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.FakeRemoteSystems;
import io.bella.booking.AppointmentTypes;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A provider of their own with a Google calendar, open every day from 8 to 18, and a
 * patient, for tests of what reaches the calendar, driven through the API.
 */
final class CalendarClinic {

	static final String PATIENT_NAME = "Zoe Quillfeather";

	// phone numbers of their own in a shared database: +1 416 555 81xx
	private static final AtomicInteger phones = new AtomicInteger(8100);

	private static final DateTimeFormatter GOOGLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	final ApiClient api;

	final long provider;

	final String calendarId;

	final String patientPhone;

	final long patient;

	private final long checkup;

	private final JdbcClient jdbc;

	private final List<Long> booked = new ArrayList<>();

	private CalendarClinic(int port, long checkup, JdbcClient jdbc) {
		this.checkup = checkup;
		this.jdbc = jdbc;
		this.api = new ApiClient(port, BellaIntegrationTest.API_KEY);
		Response created = this.api.post("/api/providers", "{\"name\": \"Dr. Calendar " + System.nanoTime() + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		this.provider = created.json().get("id").asLong();
		this.calendarId = "c-" + this.provider + "@group.calendar.google.com";
		String day = "[{\"start\": \"08:00\", \"end\": \"18:00\"}]";
		Response hours = this.api.put(providerPath() + "/weekly-hours?force=true", """
				{"monday": %1$s, "tuesday": %1$s, "wednesday": %1$s, "thursday": %1$s, "friday": %1$s,
				 "saturday": %1$s, "sunday": %1$s}""".formatted(day));
		assertThat(hours.status()).as(hours.body()).isEqualTo(200);
		Response linked = this.api.patch(providerPath(), "{\"google_calendar_id\": \"" + this.calendarId + "\"}");
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		// a provider with a calendar is bookable only at times a recent import of its
		// busy times covers: one that covers every test's time, with nothing busy, in
		// place of what the import the link started found
		LinkedCalendars.awaitImports(jdbc);
		jdbc.sql("DELETE FROM provider_busy WHERE provider_id = ?").param(this.provider).update();
		jdbc.sql("DELETE FROM provider_busy_import WHERE provider_id = ?").param(this.provider).update();
		jdbc.sql(
				"""
						INSERT INTO provider_busy_import (provider_id, imported_at, covers_from, covers_to)
						VALUES (?, TIMESTAMP WITH TIME ZONE '2100-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00',
						    TIMESTAMP WITH TIME ZONE '2100-01-01 00:00:00+00')""")
			.param(this.provider)
			.update();
		this.patientPhone = "+1416555" + String.format("%04d", phones.incrementAndGet());
		Response patient = this.api.post("/api/users",
				"{\"name\": \"" + PATIENT_NAME + "\", \"phone\": \"" + this.patientPhone + "\"}");
		assertThat(patient.status()).as(patient.body()).isIn(200, 201);
		this.patient = patient.json().get("id").asLong();
	}

	/**
	 * A clinic of its own, with the fake Google and its breaker as new.
	 */
	static CalendarClinic open(int port, AppointmentTypes types, JdbcClient jdbc, CircuitBreakerRegistry breakers) {
		FakeRemoteSystems.resetGoogle();
		breakers.circuitBreaker("google-calendar").reset();
		return new CalendarClinic(port, types.findByName("checkup").orElseThrow().id(), jdbc);
	}

	/** Books a checkup; answers the appointment's id. */
	long book(String startsAt) {
		Response booked = this.api.post("/api/appointments", """
				{"user_id": %d, "starts_at": "%s", "appointment_type": %d, "provider_id": %d}
				""".formatted(this.patient, startsAt, this.checkup, this.provider));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		this.booked.add(booked.json().get("id").asLong());
		return booked.json().get("id").asLong();
	}

	void reschedule(long appointment, String startsAt) {
		Response moved = this.api.post("/api/appointments/" + appointment + "/reschedule",
				"{\"starts_at\": \"" + startsAt + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	void cancel(long appointment) {
		Response cancelled = this.api.post("/api/appointments/" + appointment + "/cancel", "{}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
	}

	/** The appointment's end as Google's client writes it. */
	String endsAt(long appointment) {
		return GOOGLE_TIME.format(OffsetDateTime
			.parse(this.api.get("/api/appointments/" + appointment).json().get("ends_at").asString()));
	}

	String events() {
		return "/calendar/v3/calendars/" + this.calendarId + "/events";
	}

	String event(long appointment) {
		return events() + "/" + EventIds.of(appointment);
	}

	/**
	 * Takes the provider out of service, their appointments (which would stand in the way
	 * of other tests' changes to hours) and their writes out of the outbox.
	 */
	void close() {
		this.booked.forEach((appointment) -> this.api.post("/api/appointments/" + appointment + "/cancel", "{}"));
		this.api.patch(providerPath() + "?force=true", "{\"active\": false, \"google_calendar_id\": null}");
		this.jdbc.sql("DELETE FROM calendar_write WHERE provider_id = ?").param(this.provider).update();
	}

	/** Waits for the listener to put the appointment's change in the outbox. */
	void awaitPending(long appointment) {
		await().atMost(Duration.ofSeconds(10)).until(() -> pending(appointment));
	}

	boolean pending(long appointment) {
		return this.jdbc.sql("SELECT COUNT(*) FROM calendar_write WHERE appointment_id = ? AND done_at IS NULL")
			.param(appointment)
			.query(Long.class)
			.single() > 0;
	}

	private String providerPath() {
		return "/api/providers/" + this.provider;
	}

}
