package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the providers' working hours, breaks and closed dates.
 */
@Component
class Schedules {

	private final JdbcClient jdbc;

	// weekly hours, kept for BookingCacheConfiguration.SETUP_TTL; closed dates and
	// date-specific hours are read every time
	private final SetupCache<Weekly> cache;

	Schedules(JdbcClient jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.cache = new SetupCache<>(caches, BookingCacheConfiguration.SCHEDULES);
	}

	/**
	 * The schedules of all active providers between two dates, in provider id order.
	 */
	Map<Long, ProviderSchedule> load(LocalDate from, LocalDate to) {
		return load(weekly(), from, to);
	}

	/**
	 * As {@link #load}, read from the database now (within the caller's transaction), for
	 * checks of a change about to be committed.
	 */
	Map<Long, ProviderSchedule> loadFresh(LocalDate from, LocalDate to) {
		return load(loadWeekly(), from, to);
	}

	/**
	 * The active providers whose busy times come from a calendar, from the same cached
	 * read as their hours.
	 */
	Set<Long> withCalendar() {
		return weekly().withCalendar();
	}

	void forget() {
		this.cache.forget();
	}

	private Map<Long, ProviderSchedule> load(Weekly current, LocalDate from, LocalDate to) {
		Set<LocalDate> clinicClosed = new HashSet<>();
		Map<Long, Set<LocalDate>> providerClosed = new HashMap<>();
		this.jdbc.sql("SELECT provider_id, closed_on FROM closed_date WHERE closed_on BETWEEN :from AND :to")
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				Long providerId = rs.getObject("provider_id", Long.class);
				LocalDate date = rs.getObject("closed_on", LocalDate.class);
				if (providerId == null) {
					clinicClosed.add(date);
				}
				else {
					providerClosed.computeIfAbsent(providerId, (id) -> new HashSet<>()).add(date);
				}
			});
		Map<Long, Map<LocalDate, List<TimeRange>>> exceptions = exceptions(from, to);
		Map<Long, ProviderSchedule> schedules = new LinkedHashMap<>();
		current.hours().forEach((providerId, working) -> {
			Set<LocalDate> closed = clinicClosed;
			if (providerClosed.containsKey(providerId)) {
				closed = new HashSet<>(clinicClosed);
				closed.addAll(providerClosed.get(providerId));
			}
			schedules.put(providerId,
					new ProviderSchedule(providerId, working, closed, exceptions.getOrDefault(providerId, Map.of())));
		});
		return schedules;
	}

	private Map<Long, Map<LocalDate, List<TimeRange>>> exceptions(LocalDate from, LocalDate to) {
		Map<Long, Map<LocalDate, List<TimeRange>>> exceptions = new HashMap<>();
		this.jdbc.sql("""
				SELECT e.provider_id, e.exception_date, h.starts_at, h.ends_at
				FROM schedule_exception e LEFT JOIN schedule_exception_hours h ON h.exception_id = e.id
				WHERE e.exception_date BETWEEN :from AND :to
				ORDER BY e.provider_id, e.exception_date, h.starts_at
				""").param("from", from).param("to", to).query((rs) -> {
			List<TimeRange> hours = exceptions.computeIfAbsent(rs.getLong("provider_id"), (id) -> new HashMap<>())
				.computeIfAbsent(rs.getObject("exception_date", LocalDate.class), (date) -> new ArrayList<>());
			LocalTime start = rs.getObject("starts_at", LocalTime.class);
			if (start != null) {
				hours.add(new TimeRange(start, rs.getObject("ends_at", LocalTime.class)));
			}
		});
		return exceptions;
	}

	private Weekly weekly() {
		return this.cache.get(this::loadWeekly);
	}

	private Weekly loadWeekly() {
		List<Long> providers = new ArrayList<>();
		Set<Long> withCalendar = new HashSet<>();
		this.jdbc.sql("SELECT id, google_calendar_id FROM provider WHERE active ORDER BY id").query((rs) -> {
			providers.add(rs.getLong("id"));
			if (rs.getString("google_calendar_id") != null) {
				withCalendar.add(rs.getLong("id"));
			}
		});
		Map<Long, Map<DayOfWeek, List<TimeRange>>> hours = ranges("working_hours");
		Map<Long, Map<DayOfWeek, List<TimeRange>>> breaks = ranges("schedule_break");
		Map<Long, Map<DayOfWeek, List<TimeRange>>> working = new LinkedHashMap<>();
		for (Long providerId : providers) {
			Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
			hours.getOrDefault(providerId, Map.of()).forEach((day, ranges) -> {
				List<TimeRange> cuts = breaks.getOrDefault(providerId, Map.of()).getOrDefault(day, List.of());
				List<TimeRange> open = new ArrayList<>();
				ranges.forEach((range) -> open.addAll(range.minus(cuts)));
				open.sort((a, b) -> a.start().compareTo(b.start()));
				days.put(day, List.copyOf(open));
			});
			working.put(providerId, days);
		}
		return new Weekly(working, Set.copyOf(withCalendar));
	}

	private Map<Long, Map<DayOfWeek, List<TimeRange>>> ranges(String table) {
		Map<Long, Map<DayOfWeek, List<TimeRange>>> result = new HashMap<>();
		RowCallbackHandler collect = (rs) -> result
			.computeIfAbsent(rs.getLong("provider_id"), (id) -> new EnumMap<>(DayOfWeek.class))
			.computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), (day) -> new ArrayList<>())
			.add(new TimeRange(rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)));
		this.jdbc.sql("SELECT provider_id, day_of_week, starts_at, ends_at FROM " + table).query(collect);
		return result;
	}

	/**
	 * Active providers' working time per weekday, breaks removed.
	 *
	 * @param hours by provider id, in id order
	 * @param withCalendar the providers with a calendar id
	 */
	private record Weekly(Map<Long, Map<DayOfWeek, List<TimeRange>>> hours, Set<Long> withCalendar) {
	}

}
