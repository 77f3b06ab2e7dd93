package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The clinic's providers.
 */
@Service
public class Providers {

	private static final RowMapper<Provider> MAPPER = (rs, row) -> new Provider(rs.getLong("id"), rs.getString("name"),
			rs.getBoolean("active"));

	private final JdbcClient jdbc;

	Providers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Provider> findAll() {
		return this.jdbc.sql("SELECT id, name, active FROM provider ORDER BY id").query(MAPPER).list();
	}

	public Optional<Provider> findById(long id) {
		return this.jdbc.sql("SELECT id, name, active FROM provider WHERE id = ?").param(id).query(MAPPER).optional();
	}

	List<WeeklyHours> weeklyHours(long providerId) {
		return this.jdbc.sql("""
				SELECT 'hours' AS kind, day_of_week, starts_at, ends_at FROM working_hours WHERE provider_id = :id
				UNION ALL
				SELECT 'break' AS kind, day_of_week, starts_at, ends_at FROM schedule_break WHERE provider_id = :id
				ORDER BY day_of_week, starts_at
				""")
			.param("id", providerId)
			.query((rs, row) -> new WeeklyHours(rs.getString("kind"), DayOfWeek.of(rs.getInt("day_of_week")),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)))
			.list();
	}

	/**
	 * One row of a provider's weekly schedule as shown to clients.
	 *
	 * @param kind {@code hours} or {@code break}
	 * @param day the weekday
	 * @param startsAt start time
	 * @param endsAt end time
	 */
	record WeeklyHours(String kind, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
	}

}
