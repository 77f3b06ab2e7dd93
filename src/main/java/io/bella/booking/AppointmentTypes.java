package io.bella.booking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The kinds of visit the clinic offers, with who offers them and what callers call them.
 */
@Service
public class AppointmentTypes {

	private static final String COLUMNS = "id, name, duration_min, buffer_before_min, buffer_after_min";

	private final JdbcClient jdbc;

	// read by every availability search and booking; cleared with the rest of the set-up
	private final SetupCache<List<AppointmentType>> cache;

	AppointmentTypes(JdbcClient jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.cache = new SetupCache<>(caches, BookingCacheConfiguration.APPOINTMENT_TYPES);
	}

	/**
	 * Every appointment type, in id order.
	 */
	public List<AppointmentType> findAll() {
		return this.cache.get(this::read);
	}

	public Optional<AppointmentType> findById(long id) {
		return findAll().stream().filter((type) -> type.id() == id).findFirst();
	}

	public Optional<AppointmentType> findByName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		return findAll().stream().filter((type) -> type.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
	}

	/**
	 * Every appointment type as the current transaction sees them, bypassing the cache.
	 */
	List<AppointmentType> findAllFresh() {
		return read();
	}

	void forget() {
		this.cache.forget();
	}

	Optional<Long> findIdByKey(String setupKey) {
		return this.jdbc.sql("SELECT id FROM appointment_type WHERE setup_key = ?")
			.param(setupKey)
			.query(Long.class)
			.optional();
	}

	long insert(AppointmentType type, String setupKey) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO appointment_type (name, duration_min, buffer_before_min, buffer_after_min, "
					+ "setup_key) VALUES (?, ?, ?, ?, ?)")
			.params(type.name(), type.durationMin(), type.bufferBeforeMin(), type.bufferAfterMin(), setupKey)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		replaceLists(id, type.providerIds(), type.synonyms());
		return id;
	}

	void update(AppointmentType type) {
		this.jdbc
			.sql("UPDATE appointment_type SET name = ?, duration_min = ?, buffer_before_min = ?, "
					+ "buffer_after_min = ? WHERE id = ?")
			.params(type.name(), type.durationMin(), type.bufferBeforeMin(), type.bufferAfterMin(), type.id())
			.update();
		replaceLists(type.id(), type.providerIds(), type.synonyms());
	}

	/**
	 * Whether another type than {@code exceptId} has that name, in any case.
	 */
	boolean nameTaken(String name, Long exceptId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM appointment_type WHERE LOWER(name) = ? AND id <> ?")
			.params(name.toLowerCase(Locale.ROOT), (exceptId != null) ? exceptId : -1L)
			.query(Long.class)
			.single() > 0;
	}

	private void replaceLists(long id, List<Long> providerIds, List<String> synonyms) {
		this.jdbc.sql("DELETE FROM appointment_type_provider WHERE appointment_type_id = ?").param(id).update();
		for (Long providerId : providerIds) {
			this.jdbc.sql("INSERT INTO appointment_type_provider (appointment_type_id, provider_id) VALUES (?, ?)")
				.params(id, providerId)
				.update();
		}
		this.jdbc.sql("DELETE FROM appointment_type_synonym WHERE appointment_type_id = ?").param(id).update();
		for (String synonym : synonyms) {
			this.jdbc.sql("INSERT INTO appointment_type_synonym (appointment_type_id, synonym) VALUES (?, ?)")
				.params(id, synonym)
				.update();
		}
	}

	private List<AppointmentType> read() {
		List<AppointmentType> bare = this.jdbc.sql("SELECT " + COLUMNS + " FROM appointment_type ORDER BY id")
			.query((rs, row) -> new AppointmentType(rs.getLong("id"), rs.getString("name"), rs.getInt("duration_min"),
					rs.getInt("buffer_before_min"), rs.getInt("buffer_after_min")))
			.list();
		if (bare.isEmpty()) {
			return bare;
		}
		Map<Long, List<Long>> providers = new HashMap<>();
		this.jdbc.sql("SELECT appointment_type_id, provider_id FROM appointment_type_provider ORDER BY provider_id")
			.query((RowCallbackHandler) (rs) -> providers.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(rs.getLong(2)));
		Map<Long, List<String>> synonyms = new HashMap<>();
		this.jdbc.sql("SELECT appointment_type_id, synonym FROM appointment_type_synonym ORDER BY synonym")
			.query((RowCallbackHandler) (rs) -> synonyms.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(rs.getString(2)));
		return bare.stream()
			.map((type) -> new AppointmentType(type.id(), type.name(), type.durationMin(), type.bufferBeforeMin(),
					type.bufferAfterMin(), providers.getOrDefault(type.id(), List.of()),
					synonyms.getOrDefault(type.id(), List.of())))
			.toList();
	}

}
