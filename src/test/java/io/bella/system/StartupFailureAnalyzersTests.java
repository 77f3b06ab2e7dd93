package io.bella.system;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one line a start-up failure comes to: a database Bella cannot reach, a setting it
 * cannot use.
 */
class StartupFailureAnalyzersTests {

	private final MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
			"jdbc:postgresql://db.internal:6543/bella?user=bella&password=secret");

	@Test
	void aDatabaseThatRefusesTheConnectionIsOneLineWithoutCredentials() {
		FailureAnalysis analysis = databaseAnalysis(new SQLException("Connection to db.internal:6543 refused.", "08001",
				new ConnectException("Connection refused")));

		assertThat(StartupFailureReporter.line(analysis)).isEqualTo("Bella cannot start: No connection to the database "
				+ "at jdbc:postgresql://db.internal:6543/bella: nothing answers there (connection refused). Check that "
				+ "PostgreSQL runs there and lets this user in, and that DATABASE_URL is right "
				+ "(postgres://user:password@host:5432/database); or unset DATABASE_URL to use the embedded database.");
	}

	@Test
	void anUnknownHostARefusedPasswordAndAMissingDatabaseAreSaidAsSuch() {
		assertThat(databaseAnalysis(
				new SQLException("The connection attempt failed.", "08001", new UnknownHostException("db.internal")))
			.getDescription()).endsWith(": the host db.internal is unknown.");
		assertThat(databaseAnalysis(new SQLException("password authentication failed", "28P01")).getDescription())
			.endsWith(": it refused the user name or password.");
		FailureAnalysis missing = databaseAnalysis(new SQLException("database \"bella\" does not exist", "3D000"));
		assertThat(missing.getDescription()).endsWith(": there is no such database.");
		assertThat(missing.getAction()).startsWith("Create it (createdb)");
	}

	@Test
	void otherDatabaseErrorsKeepBootsFullReport() {
		assertThat(databaseAnalysis(new SQLException("syntax error at or near \"TABEL\"", "42601"))).isNull();
	}

	@Test
	void anEmbeddedDatabaseAnotherProcessHoldsAsksWhetherBellaIsRunning() {
		this.environment.setProperty("spring.datasource.url",
				"jdbc:h2:file:/var/lib/bella/bella;MODE=PostgreSQL;WRITE_DELAY=0");
		FailureAnalysis analysis = databaseAnalysis(
				new SQLException("Database may be already in use: \"/var/lib/bella/bella.mv.db\"", "90020", 90020));

		assertThat(StartupFailureReporter.line(analysis))
			.isEqualTo("Bella cannot start: The embedded database /var/lib/bella/bella.mv.db is in use by another "
					+ "process. Is Bella already running? Stop it, or give this one a directory of its own with "
					+ "BELLA_DATA_DIR.");
	}

	@Test
	void aSettingThatIsNotValidNamesItsVariableItsValueAndItsDefault() {
		this.environment.setProperty("bella.test.slot-grid", "${BELLA_TEST_GRID:15m}");
		this.environment.setProperty("BELLA_TEST_GRID", "abc");

		FailureAnalysis analysis = settingAnalysis();

		assertThat(StartupFailureReporter.line(analysis)).isEqualTo("Bella cannot start: BELLA_TEST_GRID=abc is not "
				+ "valid (bella.test.slot-grid): 'abc' is not a valid duration. Correct BELLA_TEST_GRID or unset it for "
				+ "the default (15m); every setting is described in docs/configuration.md.");
	}

	@Test
	void aSettingARecordRefusesIsNamedFromTheRecordsOwnMessage() {
		this.environment.setProperty("bella.test.slot-grid", "${BELLA_TEST_GRID:15m}");
		this.environment.setProperty("BELLA_TEST_GRID", "7m");

		assertThat(settingAnalysis().getDescription()).isEqualTo("BELLA_TEST_GRID=7m is not valid "
				+ "(bella.test.slot-grid): bella.test.slot-grid must divide a day into whole minutes, got PT7M.");
	}

	@Test
	void aSecretIsNotRepeated() {
		this.environment.setProperty("bella.test.slot-grid", "${BELLA_TEST_TOKEN:15m}");
		this.environment.setProperty("BELLA_TEST_TOKEN", "s3cret");

		assertThat(settingAnalysis().getDescription()).startsWith("BELLA_TEST_TOKEN=(hidden) is not valid")
			.doesNotContain("s3cret");
	}

	private FailureAnalysis databaseAnalysis(SQLException failure) {
		return new DatabaseUnavailableFailureAnalyzer(this.environment)
			.analyze(new IllegalStateException("Failed to instantiate flyway",
					new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", failure)));
	}

	private FailureAnalysis settingAnalysis() {
		BindException failure = catchThrowableOfType(BindException.class,
				() -> Binder.get(this.environment).bind("bella.test", GridProperties.class));
		assertThat(failure).isNotNull();
		return new InvalidSettingFailureAnalyzer(this.environment).analyze(new IllegalStateException(failure));
	}

	record GridProperties(Duration slotGrid) {

		GridProperties {
			if (Duration.ofDays(1).toMinutes() % slotGrid.toMinutes() != 0) {
				throw new IllegalArgumentException(
						"bella.test.slot-grid must divide a day into whole minutes, got " + slotGrid);
			}
		}

	}

}
