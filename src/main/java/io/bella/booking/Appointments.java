package io.bella.booking;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.bella.system.RowStreams;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Appointment rows. Callers hold the patient's lock ({@link Patients#lock}) around every
 * check-then-write, and the provider's ({@link #lockProvider}) unless the database itself
 * refuses a provider's overlapping bookings ({@link #databaseRefusesOverlaps}), which is
 * what keeps bookings from overlapping.
 */
@Repository
class Appointments {

	private static final RowMapper<Appointment> MAPPER = (rs, row) -> {
		long typeId = rs.getLong("appointment_type_id");
		Long appointmentTypeId = rs.wasNull() ? null : typeId;
		return new Appointment(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("provider_id"), appointmentTypeId,
				instant(rs.getObject("starts_at", OffsetDateTime.class)),
				instant(rs.getObject("ends_at", OffsetDateTime.class)), rs.getInt("buffer_before_min"),
				rs.getInt("buffer_after_min"),
				AppointmentStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
				BookingSource.valueOf(rs.getString("source").toUpperCase(Locale.ROOT)), rs.getString("notes"),
				rs.getString("cancellation_reason"), instant(rs.getObject("created_at", OffsetDateTime.class)),
				instant(rs.getObject("updated_at", OffsetDateTime.class)),
				instant(rs.getObject("confirmed_at", OffsetDateTime.class)));
	};

	/** No visit is longer than this, which bounds every overlap search. */
	static final long LONGEST_BLOCK_MINUTES = 24 * 60;

	private final JdbcClient jdbc;

	private final RowStreams rowStreams;

	private final boolean databaseRefusesOverlaps;

	Appointments(JdbcClient jdbc, RowStreams rowStreams, DataSource dataSource) {
		this.jdbc = jdbc;
		this.rowStreams = rowStreams;
		this.databaseRefusesOverlaps = isPostgreSql(dataSource);
	}

	/**
	 * Whether the database itself refuses overlapping bookings of one provider:
	 * PostgreSQL's exclusion constraint {@code appointment_no_overlap} (V3) does, so a
	 * booking needs no provider lock there, and bookings of one provider at different
	 * times do not wait for each other; only one that overlaps an uncommitted booking
	 * waits, for its outcome. H2 has no exclusion constraints.
	 */
	boolean databaseRefusesOverlaps() {
		return this.databaseRefusesOverlaps;
	}

	/**
	 * Locks the provider's row until the transaction ends, serializing the bookings and
	 * moves of that provider.
	 */
	boolean lockProvider(long providerId) {
		return this.jdbc.sql("SELECT id FROM provider WHERE id = ? FOR UPDATE")
			.param(providerId)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	boolean overlaps(long providerId, Instant blockedFrom, Instant blockedTo, Long exceptId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM appointment
				WHERE provider_id = :provider AND status = 'booked'
				  AND blocked_from < :to AND blocked_to > :from AND blocked_from > :earliest
				  AND id <> :except
				""")
			.param("provider", providerId)
			.param("from", utc(blockedFrom))
			.param("to", utc(blockedTo))
			.param("earliest", utc(blockedFrom.minusSeconds(LONGEST_BLOCK_MINUTES * 60)))
			.param("except", (exceptId != null) ? exceptId : -1L)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The patient's booked appointment whose visit (buffers left out) overlaps the given
	 * time, with any provider; the earliest when there are several.
	 */
	Optional<Appointment> patientClash(long patientId, Instant from, Instant to, Long exceptId) {
		return this.jdbc.sql("""
				SELECT * FROM appointment
				WHERE patient_id = :patient AND status = 'booked'
				  AND starts_at < :to AND ends_at > :from AND starts_at > :earliest
				  AND id <> :except
				ORDER BY starts_at, id LIMIT 1
				""")
			.param("patient", patientId)
			.param("from", utc(from))
			.param("to", utc(to))
			.param("earliest", utc(from.minusSeconds(LONGEST_BLOCK_MINUTES * 60)))
			.param("except", (exceptId != null) ? exceptId : -1L)
			.query(MAPPER)
			.optional();
	}

	/**
	 * A booked appointment of {@code patientId} that overlaps a booked appointment of
	 * {@code otherPatientId}: what would clash if the two were one patient.
	 */
	Optional<Appointment> clashBetween(long patientId, long otherPatientId) {
		return this.jdbc.sql("""
				SELECT a.* FROM appointment a JOIN appointment b
				  ON b.patient_id = :other AND b.status = 'booked'
				 AND b.starts_at < a.ends_at AND a.starts_at < b.ends_at
				WHERE a.patient_id = :patient AND a.status = 'booked'
				ORDER BY a.starts_at, a.id LIMIT 1
				""").param("patient", patientId).param("other", otherPatientId).query(MAPPER).optional();
	}

	/**
	 * Gives all of one patient's appointments, whatever their status, to another.
	 */
	int reassign(long fromPatientId, long toPatientId, Instant now) {
		return this.jdbc.sql("UPDATE appointment SET patient_id = ?, updated_at = ? WHERE patient_id = ?")
			.params(toPatientId, utc(now), fromPatientId)
			.update();
	}

	/**
	 * Busy spans (buffers included) of booked appointments that touch the given window,
	 * by provider and start.
	 */
	List<Busy> busy(List<Long> providerIds, Instant from, Instant to, Long ignoringAppointmentId) {
		if (providerIds.isEmpty()) {
			return List.of();
		}
		// one provider: the (provider_id, blocked_from) index; several: a range scan of
		// the window
		// filtered here, since bound IN lists defeat some planners (H2 scans every row
		// then)
		boolean one = providerIds.size() == 1;
		Set<Long> wanted = Set.copyOf(providerIds);
		return this.jdbc.sql("""
				SELECT provider_id, blocked_from, blocked_to FROM appointment
				WHERE %s status = 'booked'
				  AND blocked_from < :to AND blocked_from > :earliest AND blocked_to > :from
				  AND id <> :ignoring
				ORDER BY provider_id, blocked_from
				""".formatted(one ? "provider_id = :provider AND" : ""))
			.param("provider", providerIds.get(0))
			.param("ignoring", (ignoringAppointmentId != null) ? ignoringAppointmentId : -1L)
			.param("from", utc(from))
			.param("to", utc(to))
			.param("earliest", utc(from.minusSeconds(LONGEST_BLOCK_MINUTES * 60)))
			.query((rs, row) -> new Busy(rs.getLong("provider_id"),
					instant(rs.getObject("blocked_from", OffsetDateTime.class)),
					instant(rs.getObject("blocked_to", OffsetDateTime.class))))
			.stream()
			.filter((busy) -> one || wanted.contains(busy.providerId()))
			.toList();
	}

	long insert(Appointment appointment) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO appointment (patient_id, provider_id, appointment_type_id, starts_at, ends_at,
				    buffer_before_min, buffer_after_min, blocked_from, blocked_to, status, source, notes,
				    created_at, updated_at)
				VALUES (:patient, :provider, :type, :starts, :ends, :before, :after, :blockedFrom, :blockedTo,
				    :status, :source, :notes, :created, :updated)
				""")
			.param("patient", appointment.patientId())
			.param("provider", appointment.providerId())
			.param("type", appointment.appointmentTypeId())
			.param("starts", utc(appointment.startsAt()))
			.param("ends", utc(appointment.endsAt()))
			.param("before", appointment.bufferBeforeMin())
			.param("after", appointment.bufferAfterMin())
			.param("blockedFrom", utc(blockedFrom(appointment)))
			.param("blockedTo", utc(blockedTo(appointment)))
			.param("status", appointment.status().name().toLowerCase(Locale.ROOT))
			.param("source", appointment.source().name().toLowerCase(Locale.ROOT))
			.param("notes", appointment.notes())
			.param("created", utc(appointment.createdAt()))
			.param("updated", utc(appointment.updatedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void move(long id, long providerId, Instant startsAt, Instant endsAt, int bufferBeforeMin, int bufferAfterMin,
			Instant now) {
		this.jdbc.sql("""
				UPDATE appointment SET provider_id = :provider, starts_at = :starts, ends_at = :ends,
				    blocked_from = :blockedFrom, blocked_to = :blockedTo, updated_at = :now, confirmed_at = NULL
				WHERE id = :id
				""")
			.param("provider", providerId)
			.param("starts", utc(startsAt))
			.param("ends", utc(endsAt))
			.param("blockedFrom", utc(startsAt.minusSeconds(bufferBeforeMin * 60L)))
			.param("blockedTo", utc(endsAt.plusSeconds(bufferAfterMin * 60L)))
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	/**
	 * Marks a booked appointment confirmed by the patient; one confirmed already keeps
	 * its time.
	 * @return whether it is booked (and so now confirmed)
	 */
	boolean confirm(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE appointment SET confirmed_at = COALESCE(confirmed_at, :now)
				WHERE id = :id AND status = 'booked'""").param("now", utc(now)).param("id", id).update() > 0;
	}

	void cancel(long id, String reason, Instant now) {
		this.jdbc
			.sql("UPDATE appointment SET status = 'cancelled', cancellation_reason = ?, updated_at = ? WHERE id = ?")
			.params(reason, utc(now), id)
			.update();
	}

	/**
	 * Marks an appointment as ended: completed or a no-show.
	 */
	void close(long id, AppointmentStatus outcome, Instant now) {
		this.jdbc.sql("UPDATE appointment SET status = ?, updated_at = ? WHERE id = ?")
			.params(outcome.name().toLowerCase(Locale.ROOT), utc(now), id)
			.update();
	}

	/**
	 * Appointments of any status starting in [from, to), with one provider or all,
	 * earliest first and at most {@code limit}.
	 */
	List<Appointment> startingBetween(Instant from, Instant to, Long providerId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM appointment
				WHERE starts_at >= :from AND starts_at < :to %s
				ORDER BY starts_at, provider_id, id LIMIT :limit
				""".formatted((providerId != null) ? "AND provider_id = :provider" : ""))
			.param("from", utc(from))
			.param("to", utc(to))
			.param("provider", (providerId != null) ? providerId : -1L)
			.param("limit", limit)
			.query(MAPPER)
			.list();
	}

	/**
	 * The booked appointments of these patients starting after a time, earliest first.
	 */
	List<Appointment> bookedAfter(List<Long> patientIds, Instant after, int limit) {
		if (patientIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT * FROM appointment
				WHERE patient_id IN (:patients) AND status = 'booked' AND starts_at > :after
				ORDER BY starts_at, id LIMIT :limit
				""")
			.param("patients", patientIds)
			.param("after", utc(after))
			.param("limit", limit)
			.query(MAPPER)
			.list();
	}

	Optional<Appointment> findById(long id) {
		return this.jdbc.sql("SELECT * FROM appointment WHERE id = ?").param(id).query(MAPPER).optional();
	}

	Optional<Appointment> findByIdForUpdate(long id) {
		return this.jdbc.sql("SELECT * FROM appointment WHERE id = ? FOR UPDATE").param(id).query(MAPPER).optional();
	}

	/**
	 * The query's page of appointments, earliest first.
	 */
	List<Appointment> find(AppointmentQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		params.add(query.paging().size());
		params.add(query.paging().offset());
		return this.jdbc.sql("SELECT * FROM appointment" + where + " ORDER BY starts_at, id LIMIT ? OFFSET ?")
			.params(params)
			.query(MAPPER)
			.list();
	}

	/**
	 * Every appointment the query finds on all its pages, earliest first, handed over as
	 * they are read.
	 */
	void forEach(AppointmentQuery query, Consumer<Appointment> consumer) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		this.rowStreams.query("SELECT * FROM appointment" + where + " ORDER BY starts_at, id", params,
				(rs) -> consumer.accept(MAPPER.mapRow(rs, rs.getRow())));
	}

	/**
	 * How many appointments the query finds on all its pages.
	 */
	long count(AppointmentQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM appointment" + where).params(params).query(Long.class).single();
	}

	private static String where(AppointmentQuery query, List<Object> params) {
		StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
		if (query.from() != null) {
			where.add("starts_at >= ?");
			params.add(utc(query.from()));
		}
		if (query.to() != null) {
			where.add("starts_at < ?");
			params.add(utc(query.to()));
		}
		if (query.providerId() != null) {
			where.add("provider_id = ?");
			params.add(query.providerId());
		}
		if (query.patientId() != null) {
			where.add("patient_id = ?");
			params.add(query.patientId());
		}
		if (query.status() != null) {
			where.add("status = ?");
			params.add(query.status().name().toLowerCase(Locale.ROOT));
		}
		return where.toString();
	}

	static Instant blockedFrom(Appointment appointment) {
		return appointment.startsAt().minusSeconds(appointment.bufferBeforeMin() * 60L);
	}

	static Instant blockedTo(Appointment appointment) {
		return appointment.endsAt().plusSeconds(appointment.bufferAfterMin() * 60L);
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			// not known: the provider lock, which is right on every database
			return false;
		}
	}

	/**
	 * Time a provider is busy.
	 *
	 * @param providerId the provider
	 * @param from start, buffer included
	 * @param to end, buffer included
	 */
	record Busy(long providerId, Instant from, Instant to) {
	}

}
