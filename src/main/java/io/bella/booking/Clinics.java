package io.bella.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.bella.system.ClinicPhoneRegion;
import io.bella.system.ClinicTimeZone;

import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The clinic Bella answers for, its booking rules, and whether someone is there to take a
 * call.
 */
@Service
public class Clinics implements ClinicTimeZone, ClinicPhoneRegion {

	private final JdbcClient jdbc;

	private final Schedules schedules;

	private final BookingProperties defaults;

	// read on every turn of every call; forgotten when the set-up changes here, and after
	// BookingCacheConfiguration.SETUP_TTL when it changed on another instance
	private final SetupCache<Setup> cache;

	Clinics(JdbcClient jdbc, Schedules schedules, BookingProperties defaults, CacheManager caches) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.defaults = defaults;
		this.cache = new SetupCache<>(caches, BookingCacheConfiguration.CLINIC);
	}

	/**
	 * The clinic; fails with {@link NotFoundException} before one is set up.
	 */
	public Clinic clinic() {
		return setup().clinic().orElseThrow(() -> new NotFoundException("clinic", "(none set up)"));
	}

	/**
	 * The clinic when one is set up.
	 */
	public Optional<Clinic> find() {
		return setup().clinic();
	}

	public ZoneId timeZone() {
		return clinic().timeZone();
	}

	@Override
	public Optional<ZoneId> zone() {
		return find().map(Clinic::timeZone);
	}

	@Override
	public Optional<String> phoneRegion() {
		return find().map(Clinic::region);
	}

	/**
	 * The booking rules: the clinic's own where it set them, else the configured ones.
	 */
	public BookingProperties bookingRules() {
		return setup().rules();
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

	/**
	 * When someone is next there to take a call, looking up to two weeks ahead: the start
	 * of the first working time after {@code after}; empty when nobody works in that
	 * time.
	 */
	public Optional<Instant> nextOpening(Instant after) {
		ZoneId zone = timeZone();
		LocalDateTime from = LocalDateTime.ofInstant(after, zone);
		Map<Long, ProviderSchedule> schedules = this.schedules.load(from.toLocalDate(),
				from.toLocalDate().plusDays(14));
		for (LocalDate date = from.toLocalDate(); !date.isAfter(from.toLocalDate().plusDays(14)); date = date
			.plusDays(1)) {
			Optional<LocalDateTime> first = Optional.empty();
			for (ProviderSchedule schedule : schedules.values()) {
				for (TimeRange range : schedule.workingTime(date)) {
					LocalDateTime start = date.atTime(range.start());
					if (start.isAfter(from) && first.map(start::isBefore).orElse(true)) {
						first = Optional.of(start);
					}
				}
			}
			if (first.isPresent()) {
				return Optional.of(first.get().atZone(zone).toInstant());
			}
		}
		return Optional.empty();
	}

	/**
	 * The clinic's hours on each date from {@code from} to {@code to}: from the first
	 * provider's start to the last one's end; a date nobody works is left out.
	 */
	public Map<LocalDate, TimeRange> hours(LocalDate from, LocalDate to) {
		Map<Long, ProviderSchedule> schedules = this.schedules.load(from, to);
		Map<LocalDate, TimeRange> hours = new LinkedHashMap<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			LocalTime start = null;
			LocalTime end = null;
			for (ProviderSchedule schedule : schedules.values()) {
				for (TimeRange range : schedule.workingTime(date)) {
					start = (start == null || range.start().isBefore(start)) ? range.start() : start;
					end = (end == null || range.end().isAfter(end)) ? range.end() : end;
				}
			}
			if (start != null) {
				hours.put(date, new TimeRange(start, end));
			}
		}
		return hours;
	}

	void forget() {
		this.cache.forget();
	}

	private Setup setup() {
		return this.cache.get(this::read);
	}

	private Setup read() {
		return this.jdbc.sql("""
				SELECT id, name, time_zone, phone, transfer_number, region, kind, address,
				       minimum_notice_min, maximum_advance_days, slot_grid_min
				FROM clinic ORDER BY id LIMIT 1
				""").query((rs, row) -> {
			long id = rs.getLong("id");
			Clinic clinic = new Clinic(id, rs.getString("name"), ZoneId.of(rs.getString("time_zone")),
					rs.getString("phone"), rs.getString("transfer_number"), rs.getString("region"),
					rs.getString("kind"), rs.getString("address"), facts(id));
			BookingProperties rules = new BookingProperties(
					minutes(rs.getObject("minimum_notice_min", Integer.class), this.defaults.minimumNotice()),
					days(rs.getObject("maximum_advance_days", Integer.class), this.defaults.maximumAdvance()),
					minutes(rs.getObject("slot_grid_min", Integer.class), this.defaults.slotGrid()));
			return new Setup(Optional.of(clinic), rules);
		}).optional().orElseGet(() -> new Setup(Optional.empty(), this.defaults));
	}

	private Map<String, String> facts(long clinicId) {
		Map<String, String> facts = new LinkedHashMap<>();
		this.jdbc.sql("SELECT topic, answer FROM clinic_fact WHERE clinic_id = ? ORDER BY topic")
			.param(clinicId)
			.query((RowCallbackHandler) (rs) -> facts.put(rs.getString("topic"), rs.getString("answer")));
		return facts;
	}

	private static Duration minutes(Integer value, Duration fallback) {
		return (value != null) ? Duration.ofMinutes(value) : fallback;
	}

	private static Duration days(Integer value, Duration fallback) {
		return (value != null) ? Duration.ofDays(value) : fallback;
	}

	/**
	 * The clinic, if set up, with the booking rules in force.
	 */
	private record Setup(Optional<Clinic> clinic, BookingProperties rules) {
	}

}
