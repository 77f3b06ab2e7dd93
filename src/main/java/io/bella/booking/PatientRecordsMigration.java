package io.bella.booking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway's V46, which makes the patients already stored one record each before V47 makes
 * that a unique index and V48 (PostgreSQL) an exclusion constraint: it computes each
 * name's key with {@link PatientNames#key}, the very reading new patients get (SQL cannot
 * fold accents the same way on H2 and PostgreSQL), merges the patients registered twice
 * into the one with the lowest id, and cancels the later-made of two booked appointments
 * of one patient that overlap. A Spring bean, which Spring Boot hands to Flyway, so that
 * it reads names with the booking module's own code.
 */
@Component
class PatientRecordsMigration implements JavaMigration {

	static final String CANCELLATION_REASON = "Cancelled when duplicate patient records were merged: "
			+ "it overlapped appointment %d of the same patient, booked earlier";

	private static final Logger log = LoggerFactory.getLogger(PatientRecordsMigration.class);

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("46");
	}

	@Override
	public String getDescription() {
		return "merge duplicate patients";
	}

	@Override
	public Integer getChecksum() {
		// changing what this migration does needs a new version, not a new checksum
		return 46;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		Map<String, List<Row>> byIdentity = new LinkedHashMap<>();
		for (Row row : jdbc.sql("SELECT id, phone, name, email FROM patient ORDER BY id")
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("phone"),
					key(rs.getLong("id"), rs.getString("name")), rs.getString("email")))
			.list()) {
			jdbc.sql("UPDATE patient SET name_key = ? WHERE id = ?").params(row.key(), row.id()).update();
			byIdentity.computeIfAbsent(row.phone() + " " + row.key(), (identity) -> new ArrayList<>()).add(row);
		}
		int merged = 0;
		for (List<Row> same : byIdentity.values()) {
			Row survivor = same.get(0);
			for (Row duplicate : same.subList(1, same.size())) {
				jdbc.sql("UPDATE appointment SET patient_id = ? WHERE patient_id = ?")
					.params(survivor.id(), duplicate.id())
					.update();
				if (duplicate.email() != null) {
					jdbc.sql("UPDATE patient SET email = ? WHERE id = ? AND email IS NULL")
						.params(duplicate.email(), survivor.id())
						.update();
				}
				jdbc.sql("DELETE FROM patient WHERE id = ?").param(duplicate.id()).update();
				merged++;
			}
		}
		List<Long> cancelled = cancelOverlaps(jdbc);
		log.info("Patients made one record each: {} duplicate(s) merged, {} overlapping appointment(s) cancelled {}",
				merged, cancelled.size(), cancelled);
	}

	/**
	 * The name's key; a name without a letter or digit, which Bella no longer takes, is
	 * nobody else's.
	 */
	private static String key(long id, String name) {
		String key = PatientNames.key(name);
		return key.isEmpty() ? "#" + id : key;
	}

	/**
	 * Keeps, for each patient, their booked appointments in the order they were made and
	 * cancels each that overlaps one kept.
	 */
	private static List<Long> cancelOverlaps(JdbcClient jdbc) {
		List<Booked> booked = jdbc.sql("""
				SELECT a.id, a.patient_id, a.starts_at, a.ends_at FROM appointment a
				WHERE a.status = 'booked' AND EXISTS (
				    SELECT 1 FROM appointment b
				    WHERE b.patient_id = a.patient_id AND b.id <> a.id AND b.status = 'booked'
				      AND b.starts_at < a.ends_at AND a.starts_at < b.ends_at)
				ORDER BY a.patient_id, a.created_at, a.id
				""")
			.query((rs, n) -> new Booked(rs.getLong("id"), rs.getLong("patient_id"),
					rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class)))
			.list();
		List<Booked> kept = new ArrayList<>();
		List<Long> cancelled = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		for (Booked appointment : booked) {
			Booked earlier = kept.stream().filter(appointment::overlaps).findFirst().orElse(null);
			if (earlier == null) {
				kept.add(appointment);
				continue;
			}
			jdbc.sql("""
					UPDATE appointment SET status = 'cancelled', cancellation_reason = ?, updated_at = ?
					WHERE id = ?
					""").params(CANCELLATION_REASON.formatted(earlier.id()), now, appointment.id()).update();
			cancelled.add(appointment.id());
		}
		return cancelled;
	}

	private record Row(long id, String phone, String key, String email) {
	}

	private record Booked(long id, long patientId, OffsetDateTime startsAt, OffsetDateTime endsAt) {

		boolean overlaps(Booked other) {
			return this.patientId == other.patientId && this.startsAt.isBefore(other.endsAt)
					&& other.startsAt.isBefore(this.endsAt);
		}

	}

}
