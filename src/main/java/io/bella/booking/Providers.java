package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The clinic's providers.
 */
@Service
public class Providers {

	private static final RowMapper<Provider> MAPPER = (rs, row) -> new Provider(rs.getLong("id"), rs.getString("name"),
			rs.getBoolean("active"), rs.getString("google_calendar_id"));

	private final JdbcClient jdbc;

	Providers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Provider> findAll() {
		return this.jdbc.sql("SELECT id, name, active, google_calendar_id FROM provider ORDER BY id")
			.query(MAPPER)
			.list();
	}

	public Optional<Provider> findById(long id) {
		return this.jdbc.sql("SELECT id, name, active, google_calendar_id FROM provider WHERE id = ?")
			.param(id)
			.query(MAPPER)
			.optional();
	}

	/**
	 * Locks the provider's row until the transaction ends (as a booking does).
	 * @throws NotFoundException when there is no such provider
	 */
	void lock(long id) {
		this.jdbc.sql("SELECT id FROM provider WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("provider", id));
	}

	Optional<Long> findIdByKey(String setupKey) {
		return this.jdbc.sql("SELECT id FROM provider WHERE setup_key = ?")
			.param(setupKey)
			.query(Long.class)
			.optional();
	}

	/**
	 * Whether another provider than {@code exceptId} has that name, in any case.
	 */
	boolean nameTaken(String name, Long exceptId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM provider WHERE LOWER(name) = ? AND id <> ?")
			.params(name.toLowerCase(Locale.ROOT), (exceptId != null) ? exceptId : -1L)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long clinicId, String name, String setupKey) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO provider (clinic_id, name, active, setup_key) VALUES (?, ?, TRUE, ?)")
			.params(clinicId, name, setupKey)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void update(Provider provider) {
		this.jdbc.sql("UPDATE provider SET name = ?, active = ?, google_calendar_id = ? WHERE id = ?")
			.params(provider.name(), provider.active(), provider.googleCalendarId(), provider.id())
			.update();
	}

	/**
	 * The provider's weekly working time, breaks taken out, per weekday (every day
	 * present; an empty list is a day off).
	 */
	Map<DayOfWeek, List<TimeRange>> weeklyHours(long providerId) {
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, List<TimeRange>> breaks = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.put(day, new ArrayList<>());
			breaks.put(day, new ArrayList<>());
		}
		this.jdbc.sql("""
				SELECT 'hours' AS kind, day_of_week, starts_at, ends_at FROM working_hours WHERE provider_id = :id
				UNION ALL
				SELECT 'break' AS kind, day_of_week, starts_at, ends_at FROM schedule_break WHERE provider_id = :id
				ORDER BY day_of_week, starts_at
				""").param("id", providerId).query((rs) -> {
			Map<DayOfWeek, List<TimeRange>> target = "hours".equals(rs.getString("kind")) ? hours : breaks;
			target.get(DayOfWeek.of(rs.getInt("day_of_week")))
				.add(new TimeRange(rs.getObject("starts_at", LocalTime.class),
						rs.getObject("ends_at", LocalTime.class)));
		});
		Map<DayOfWeek, List<TimeRange>> working = new EnumMap<>(DayOfWeek.class);
		hours.forEach((day, ranges) -> {
			List<TimeRange> open = new ArrayList<>();
			ranges.forEach((range) -> open.addAll(range.minus(breaks.get(day))));
			open.sort(Comparator.comparing(TimeRange::start));
			working.put(day, List.copyOf(open));
		});
		return working;
	}

	/**
	 * Replaces the provider's weekly hours (and the breaks of the former form, which the
	 * gaps between intervals now express).
	 */
	void replaceWeeklyHours(long providerId, Map<DayOfWeek, List<TimeRange>> hours) {
		this.jdbc.sql("DELETE FROM schedule_break WHERE provider_id = ?").param(providerId).update();
		this.jdbc.sql("DELETE FROM working_hours WHERE provider_id = ?").param(providerId).update();
		hours.forEach((day,
				ranges) -> ranges.forEach((range) -> this.jdbc
					.sql("INSERT INTO working_hours (provider_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)")
					.params(providerId, day.getValue(), range.start(), range.end())
					.update()));
	}

	/**
	 * The provider's date-specific hours on or after a date, by date.
	 */
	List<ScheduleException> exceptions(long providerId, LocalDate from) {
		Map<Long, ScheduleException> found = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT e.id, e.exception_date, e.note, h.starts_at, h.ends_at
				FROM schedule_exception e LEFT JOIN schedule_exception_hours h ON h.exception_id = e.id
				WHERE e.provider_id = ? AND e.exception_date >= ?
				ORDER BY e.exception_date, h.starts_at
				""").params(providerId, from).query((rs) -> {
			long id = rs.getLong("id");
			ScheduleException exception = found.get(id);
			if (exception == null) {
				exception = new ScheduleException(id, providerId, rs.getObject("exception_date", LocalDate.class),
						new ArrayList<>(), rs.getString("note"));
				found.put(id, exception);
			}
			LocalTime start = rs.getObject("starts_at", LocalTime.class);
			if (start != null) {
				exception.hours().add(new TimeRange(start, rs.getObject("ends_at", LocalTime.class)));
			}
		});
		return found.values()
			.stream()
			.map((e) -> new ScheduleException(e.id(), e.providerId(), e.date(), List.copyOf(e.hours()), e.note()))
			.toList();
	}

	/**
	 * Sets the provider's hours on one date, replacing any set before for that date.
	 * @return the exception's id, and whether it replaced one
	 */
	ScheduleException putException(long providerId, LocalDate date, List<TimeRange> hours, String note) {
		this.jdbc.sql("DELETE FROM schedule_exception WHERE provider_id = ? AND exception_date = ?")
			.params(providerId, date)
			.update();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO schedule_exception (provider_id, exception_date, note) VALUES (?, ?, ?)")
			.params(providerId, date, note)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (TimeRange range : hours) {
			this.jdbc.sql("INSERT INTO schedule_exception_hours (exception_id, starts_at, ends_at) VALUES (?, ?, ?)")
				.params(id, range.start(), range.end())
				.update();
		}
		return new ScheduleException(id, providerId, date, List.copyOf(hours), note);
	}

	boolean deleteException(long providerId, long exceptionId) {
		return this.jdbc.sql("DELETE FROM schedule_exception WHERE id = ? AND provider_id = ?")
			.params(exceptionId, providerId)
			.update() > 0;
	}

}
