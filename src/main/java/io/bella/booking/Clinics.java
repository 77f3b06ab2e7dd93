package io.bella.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.bella.system.ClinicTimeZone;

/**
 * The clinic Bella answers for, and whether someone is there to take a call.
 */
@Service
public class Clinics implements ClinicTimeZone {

	private final JdbcClient jdbc;

	private final Schedules schedules;

	private final Clock clock;

	private volatile Clinic cached;

	Clinics(JdbcClient jdbc, Schedules schedules, Clock clock) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.clock = clock;
	}

	/**
	 * The clinic; fails with {@link NotFoundException} before one is set up.
	 */
	public Clinic clinic() {
		Clinic clinic = this.cached;
		if (clinic == null) {
			clinic = this.jdbc.sql("SELECT id, name, time_zone, phone, transfer_number FROM clinic ORDER BY id LIMIT 1")
				.query((rs, row) -> new Clinic(rs.getLong("id"), rs.getString("name"),
						ZoneId.of(rs.getString("time_zone")), rs.getString("phone"), rs.getString("transfer_number")))
				.optional()
				.orElseThrow(() -> new NotFoundException("clinic", "(none set up)"));
			this.cached = clinic;
		}
		return clinic;
	}

	public ZoneId timeZone() {
		return clinic().timeZone();
	}

	@Override
	public Optional<ZoneId> zone() {
		try {
			return Optional.of(timeZone());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether some provider is working at that instant on a day the clinic is open.
	 */
	public boolean isOpen(Instant at) {
		ZonedDateTime local = at.atZone(timeZone());
		return this.schedules.load(local.toLocalDate(), local.toLocalDate())
			.values()
			.stream()
			.anyMatch((schedule) -> schedule.isWorking(local.toLocalDateTime()));
	}

	public boolean isOpenNow() {
		return isOpen(this.clock.instant());
	}

	void forget() {
		this.cached = null;
	}

}
