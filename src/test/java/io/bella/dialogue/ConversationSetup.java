package io.bella.dialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.MutableClock;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Providers;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prepares the clinic for one scripted caller: an empty calendar (so that the times a
 * caller asks for are free and no caller takes another's), the clock in or out of opening
 * hours, the caller's patient record when it is known, and the appointments it has on
 * file.
 */
final class ConversationSetup {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	/** Monday, March 9th 2026, 10 a.m. in Toronto: the clinic is open. */
	static final Instant OPEN = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	/** Monday, March 9th 2026, 8 p.m. in Toronto: the front desk is closed. */
	static final Instant CLOSED = ZonedDateTime.of(2026, 3, 9, 20, 0, 0, 0, TORONTO).toInstant();

	private final JdbcClient jdbc;

	private final MutableClock clock;

	private final Patients patients;

	private final Providers providers;

	private final AppointmentTypes types;

	private final BookingService bookings;

	ConversationSetup(JdbcClient jdbc, MutableClock clock, Patients patients, Providers providers,
			AppointmentTypes types, BookingService bookings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.patients = patients;
		this.providers = providers;
		this.types = types;
		this.bookings = bookings;
	}

	/** Empties the calendar and the patient records. */
	void clear() {
		this.jdbc.sql("DELETE FROM call_turn").update();
		this.jdbc.sql("DELETE FROM call_record").update();
		this.jdbc.sql("DELETE FROM appointment").update();
		this.jdbc.sql("DELETE FROM patient").update();
	}

	/**
	 * Sets the clinic up for this caller; returns the ids of the appointments on file, to
	 * their index in {@link CallerGoal#onFile()}.
	 */
	Map<Long, Integer> prepare(CallerGoal goal) {
		clear();
		this.clock.set(goal.closed() ? CLOSED : OPEN);
		Map<Long, Integer> seeded = new LinkedHashMap<>();
		boolean onRecord = goal.known() || !goal.onFile().isEmpty();
		if (!onRecord) {
			return seeded;
		}
		Patient patient = this.patients.register(goal.name(), goal.phone(), null);
		long provider = this.providers.findAll().get(0).id();
		for (int i = 0; i < goal.onFile().size(); i++) {
			CallerGoal.OnFile visit = goal.onFile().get(i);
			Appointment booked = this.bookings
				.book(new BookingRequest(patient.id(), visit.startsAt().atZone(TORONTO).toInstant(), null,
						this.types.findByName(visit.type()).orElseThrow().id(), provider, null, BookingSource.API));
			seeded.put(booked.id(), i);
		}
		return seeded;
	}

}
