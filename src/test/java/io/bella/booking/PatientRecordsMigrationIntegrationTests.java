package io.bella.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.bella.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * V45-V48 on a database that Bella ran before patients were one record each: its
 * migrations up to V90 applied, the same caller registered three times, and the
 * duplicates booked at the same time with both dentists. The upgrade merges them and
 * cancels the later booking instead of failing on the new constraints.
 */
class PatientRecordsMigrationIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

	private static final String PHONE = "+14165550123";

	@TempDir
	Path before;

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void duplicatesAreMergedIntoTheFirstAndTheirOverlappingBookingsCancelled(String vendor) throws Exception {
		DataSource database = database(vendor);
		JdbcClient jdbc = JdbcClient.create(database);
		Flyway.configure()
			.dataSource(database)
			.locations(copyWithout45To49("common"), copyWithout45To49(vendor))
			.load()
			.migrate();
		jdbc.sql("INSERT INTO clinic (id, name, time_zone) VALUES (1, 'Clinic', 'America/Toronto')").update();
		jdbc.sql("INSERT INTO provider (id, clinic_id, name) VALUES (1, 1, 'Dr. Ng'), (2, 1, 'Dr. Tremblay')").update();
		long emily = patient(jdbc, "Emily Roy", PHONE, null);
		long again = patient(jdbc, "emily  roy", PHONE, "emily@example.com");
		long accented = patient(jdbc, "Émily Roy.", PHONE, null);
		long lucas = patient(jdbc, "Lucas Roy", PHONE, null);
		long elsewhere = patient(jdbc, "Emily Roy", "+16135550123", null);
		long first = appointment(jdbc, again, 1, "2026-03-10T10:00:00-04:00", "booked", "2026-03-01T09:00:00Z");
		long second = appointment(jdbc, accented, 2, "2026-03-10T10:00:00-04:00", "booked", "2026-03-01T10:00:00Z");
		long later = appointment(jdbc, emily, 1, "2026-03-11T10:00:00-04:00", "booked", "2026-03-01T11:00:00Z");
		long lucasVisit = appointment(jdbc, lucas, 2, "2026-03-11T10:00:00-04:00", "booked", "2026-03-01T12:00:00Z");

		migrate(database, vendor);

		assertThat(jdbc.sql("SELECT id FROM patient WHERE phone = ? ORDER BY id").param(PHONE).query(Long.class).list())
			.containsExactly(emily, lucas);
		assertThat(jdbc.sql("SELECT name_key FROM patient WHERE id = ?").param(emily).query(String.class).single())
			.isEqualTo("emily roy");
		assertThat(jdbc.sql("SELECT email FROM patient WHERE id = ?").param(emily).query(String.class).single())
			.isEqualTo("emily@example.com");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM patient WHERE id = ?").param(elsewhere).query(Long.class).single())
			.isOne();
		assertThat(patientOf(jdbc, first)).isEqualTo(emily);
		assertThat(patientOf(jdbc, second)).isEqualTo(emily);
		assertThat(patientOf(jdbc, later)).isEqualTo(emily);
		assertThat(patientOf(jdbc, lucasVisit)).isEqualTo(lucas);
		assertThat(statusOf(jdbc, first)).isEqualTo("booked");
		assertThat(statusOf(jdbc, second)).isEqualTo("cancelled");
		assertThat(statusOf(jdbc, later)).isEqualTo("booked");
		assertThat(jdbc.sql("SELECT cancellation_reason FROM appointment WHERE id = ?")
			.param(second)
			.query(String.class)
			.single()).contains("duplicate patient records were merged").contains("appointment " + first);
		// what the migrated schema now refuses
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc
			.sql("INSERT INTO patient (name, name_key, phone, created_at) VALUES ('Emily ROY', 'emily roy', ?, ?)")
			.params(PHONE, OffsetDateTime.now())
			.update());
		if (vendor.equals("postgresql")) {
			assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
					() -> appointment(jdbc, emily, 2, "2026-03-11T10:15:00-04:00", "booked", "2026-03-02T09:00:00Z"));
		}
	}

	private static void migrate(DataSource database, String vendor) {
		// as application.yml configures it: these versions come after V90 on such a
		// database
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.javaMigrations(new PatientRecordsMigration())
			.outOfOrder(true)
			.load()
			.migrate();
	}

	private static DataSource database(String vendor) {
		if (vendor.equals("postgresql")) {
			return new DriverManagerDataSource(EmbeddedPostgres.newDatabase(), "postgres", "");
		}
		return new DriverManagerDataSource("jdbc:h2:mem:patient-records-migration;MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
	}

	/**
	 * The migrations of a folder as a Bella before V45 had them.
	 */
	private String copyWithout45To49(String folder) throws IOException, URISyntaxException {
		Path source = Path.of(getClass().getResource("/db/migration/" + folder).toURI());
		Path target = Files.createDirectories(this.before.resolve(folder));
		try (Stream<Path> files = Files.list(source)) {
			for (Path file : files.toList()) {
				Matcher version = VERSION.matcher(file.getFileName().toString());
				int number = version.matches() ? Integer.parseInt(version.group(1)) : 0;
				if (number < 45 || number > 49) {
					copy(file, target.resolve(file.getFileName()));
				}
			}
		}
		return "filesystem:" + target;
	}

	private static void copy(Path from, Path to) {
		try {
			Files.copy(from, to);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long patient(JdbcClient jdbc, String name, String phone, String email) {
		jdbc.sql("INSERT INTO patient (name, phone, email, created_at) VALUES (?, ?, ?, ?)")
			.params(name, phone, email, OffsetDateTime.parse("2026-02-01T09:00:00Z"))
			.update();
		return jdbc.sql("SELECT MAX(id) FROM patient").query(Long.class).single();
	}

	private static long appointment(JdbcClient jdbc, long patient, long provider, String startsAt, String status,
			String createdAt) {
		OffsetDateTime start = OffsetDateTime.parse(startsAt);
		OffsetDateTime created = OffsetDateTime.parse(createdAt);
		jdbc.sql("""
				INSERT INTO appointment (patient_id, provider_id, starts_at, ends_at, blocked_from, blocked_to,
				    status, source, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'api', ?, ?)
				""")
			.params(List.of(patient, provider, start, start.plusMinutes(30), start, start.plusMinutes(30), status,
					created, created))
			.update();
		return jdbc.sql("SELECT MAX(id) FROM appointment").query(Long.class).single();
	}

	private static long patientOf(JdbcClient jdbc, long appointment) {
		return jdbc.sql("SELECT patient_id FROM appointment WHERE id = ?")
			.param(appointment)
			.query(Long.class)
			.single();
	}

	private static String statusOf(JdbcClient jdbc, long appointment) {
		return jdbc.sql("SELECT status FROM appointment WHERE id = ?").param(appointment).query(String.class).single();
	}

}
