package io.bella.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

import io.bella.system.ClinicTimeZone;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The clinic Bella answers for, and whether someone is there to take a call.
 */
@Service
public class Clinics implements ClinicTimeZone {

	private final JdbcClient jdbc;

	private final Schedules schedules;

	// the clinic is read on every turn of every call; it changes only when Bella sets it
	// up
	private final Cache cache;

	Clinics(JdbcClient jdbc, Schedules schedules, CacheManager caches) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.cache = Objects.requireNonNull(caches.getCache(BookingCacheConfiguration.CLINIC), "clinic cache");
	}

	/**
	 * The clinic; fails with {@link NotFoundException} before one is set up.
	 */
	public Clinic clinic() {
		Clinic clinic = this.cache.get(SimpleKey.EMPTY, Clinic.class);
		if (clinic == null) {
			clinic = this.jdbc.sql("SELECT id, name, time_zone, phone, transfer_number FROM clinic ORDER BY id LIMIT 1")
				.query((rs, row) -> new Clinic(rs.getLong("id"), rs.getString("name"),
						ZoneId.of(rs.getString("time_zone")), rs.getString("phone"), rs.getString("transfer_number")))
				.optional()
				.orElseThrow(() -> new NotFoundException("clinic", "(none set up)"));
			this.cache.put(SimpleKey.EMPTY, clinic);
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

	void forget() {
		this.cache.clear();
	}

}
