package io.bella.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an empty database a demo clinic (two providers, three appointment types,
 * statutory holidays) so that Bella is useful on first start. Switched off with
 * {@code BELLA_DEMO_ENABLED=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoClinic implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);

	private final JdbcClient jdbc;

	private final DemoProperties properties;

	private final Clinics clinics;

	private final Clock clock;

	DemoClinic(JdbcClient jdbc, DemoProperties properties, Clinics clinics, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clinics = clinics;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean empty = this.jdbc.sql("SELECT COUNT(*) FROM clinic").query(Long.class).single() == 0;
		if (!empty || !this.properties.enabled()) {
			return;
		}
		ZoneId zone = ZoneId.of(this.properties.timeZone());
		long clinic = insert("INSERT INTO clinic (name, time_zone, phone, transfer_number) VALUES (?, ?, ?, ?)",
				this.properties.clinicName(), zone.getId(), this.properties.phone(), this.properties.transferNumber());
		long ng = insert("INSERT INTO provider (clinic_id, name, active) VALUES (?, ?, TRUE)", clinic, "Dr. Sarah Ng");
		long tremblay = insert("INSERT INTO provider (clinic_id, name, active) VALUES (?, ?, TRUE)", clinic,
				"Dr. Marc Tremblay");
		for (long provider : new long[] { ng, tremblay }) {
			for (DayOfWeek day : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
					DayOfWeek.THURSDAY, DayOfWeek.FRIDAY }) {
				hours(provider, day, LocalTime.of(9, 0), LocalTime.of(17, 0));
				this.jdbc.sql(
						"INSERT INTO schedule_break (provider_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)")
					.params(provider, day.getValue(), LocalTime.NOON, LocalTime.of(13, 0))
					.update();
			}
		}
		hours(ng, DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));
		type("checkup", 30, 0, 0);
		type("cleaning", 60, 0, 10);
		type("emergency", 30, 0, 0);
		int year = LocalDate.now(this.clock.withZone(zone)).getYear();
		for (int y = year; y <= year + 2; y++) {
			StatutoryHolidays.of("CA-ON")
				.closedDates(y)
				.forEach((date, name) -> this.jdbc
					.sql("INSERT INTO closed_date (provider_id, closed_on, reason) VALUES (NULL, ?, ?)")
					.params(date, name)
					.update());
		}
		this.clinics.forget();
		log.info("Created the demo clinic '{}' ({}) with 2 providers and 3 appointment types; "
				+ "set BELLA_DEMO_ENABLED=false to start empty", this.properties.clinicName(), zone);
	}

	private void hours(long provider, DayOfWeek day, LocalTime from, LocalTime to) {
		this.jdbc.sql("INSERT INTO working_hours (provider_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)")
			.params(provider, day.getValue(), from, to)
			.update();
	}

	private void type(String name, int minutes, int before, int after) {
		this.jdbc.sql(
				"INSERT INTO appointment_type (name, duration_min, buffer_before_min, buffer_after_min) VALUES (?, ?, ?, ?)")
			.params(name, minutes, before, after)
			.update();
	}

	private long insert(String sql, Object... params) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

}
