package io.bella.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatabaseEnvironmentPostProcessorTests {

	@Test
	void withoutDatabaseUrlAnH2FileDatabaseLivesInTheDataDirectory() {
		Map<String, Object> properties = DatabaseEnvironmentPostProcessor.datasourceProperties(null, "/var/lib/bella");

		assertThat(properties.get("spring.datasource.url").toString())
			.startsWith("jdbc:h2:file:" + Path.of("/var/lib/bella/bella"))
			.contains("MODE=PostgreSQL");
	}

	@Test
	void theEmbeddedDatabaseStaysOpenUntilTheApplicationHasShutDown() {
		Map<String, Object> properties = DatabaseEnvironmentPostProcessor.datasourceProperties(null, "/var/lib/bella");

		// each commit on disk before it returns, and no close by H2's own shutdown hook
		// while the graceful shutdown still writes
		assertThat(properties.get("spring.datasource.url").toString()).contains(";WRITE_DELAY=0")
			.contains(";DB_CLOSE_ON_EXIT=FALSE");
	}

	@Test
	void postgresUrlsBecomeJdbcUrlsWithCredentials() {
		Map<String, Object> properties = DatabaseEnvironmentPostProcessor
			.datasourceProperties("postgres://bella:s%40cret@db.internal:6543/bella?sslmode=require", "./data");

		assertThat(properties).containsEntry("spring.datasource.url",
				"jdbc:postgresql://db.internal:6543/bella?sslmode=require");
		assertThat(properties).containsEntry("spring.datasource.username", "bella");
		assertThat(properties).containsEntry("spring.datasource.password", "s@cret");
	}

	@Test
	void postgresUrlsWithoutPortUseTheDefaultPort() {
		assertThat(DatabaseEnvironmentPostProcessor.datasourceProperties("postgresql://localhost/bella", "./data"))
			.containsEntry("spring.datasource.url", "jdbc:postgresql://localhost:5432/bella");
	}

	@Test
	void jdbcUrlsAreUsedAsGiven() {
		assertThat(DatabaseEnvironmentPostProcessor.datasourceProperties("jdbc:postgresql://127.0.0.1:5432/test",
				"./data"))
			.containsExactly(Map.entry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test"));
	}

	@Test
	void otherSchemesAreRefusedWithAnExplanation() {
		assertThatExceptionOfType(FailureAnalyzedException.class)
			.isThrownBy(() -> DatabaseEnvironmentPostProcessor.datasourceProperties("mysql://x/y", "./data"))
			.satisfies((ex) -> {
				assertThat(ex.analysis().getDescription()).isEqualTo(
						"DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql:, not \"mysql:\".");
				assertThat(ex.analysis().getAction()).contains("postgres://user:password@host:5432/database",
						"unset it to use the embedded database");
			});
	}

	@Test
	void jdbcUrlsOfOtherDatabasesAreRefused() {
		assertThatExceptionOfType(FailureAnalyzedException.class)
			.isThrownBy(() -> DatabaseEnvironmentPostProcessor.datasourceProperties("jdbc:mysql://db/bella", "./data"))
			.withMessage(
					"DATABASE_URL names a database Bella does not run on (\"jdbc:mysql:\"); Bella runs on PostgreSQL.");
	}

	@Test
	void aPasswordThatBreaksTheUrlIsExplainedWithoutBeingQuoted() {
		assertThatExceptionOfType(FailureAnalyzedException.class)
			.isThrownBy(() -> DatabaseEnvironmentPostProcessor.datasourceProperties("postgres://bella:se#cret@db/bella",
					"./data"))
			.withMessageContaining("percent-encoded (@ as %40, # as %23")
			.withMessageNotContaining("se#cret");
		assertThatExceptionOfType(FailureAnalyzedException.class)
			.isThrownBy(() -> DatabaseEnvironmentPostProcessor.datasourceProperties("postgres://bella:s cret@db/bella",
					"./data"))
			.withMessageStartingWith("DATABASE_URL is not a valid URL (Illegal character in authority)")
			.withMessageNotContaining("s cret");
	}

	@Test
	void aUrlWithoutDatabaseIsRefused() {
		assertThatExceptionOfType(FailureAnalyzedException.class).isThrownBy(
				() -> DatabaseEnvironmentPostProcessor.datasourceProperties("postgres://db.internal:5432", "./data"))
			.withMessage("DATABASE_URL names no database (the path after the host, as in /bella).");
	}

	@Test
	void aDatabaseUrlBellaCannotUseStopsTheStartOnceLoggingIsSetUp() {
		SpringApplication application = new SpringApplication();
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("DATABASE_URL", "mysql://bella:secret@db/bella")));
		int initializers = application.getInitializers().size();

		new DatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, application);

		assertThat(environment.containsProperty("spring.datasource.url")).isFalse();
		assertThat(application.getInitializers()).hasSize(initializers + 1);
		// the one added, which comes last: it has no order of its own
		List<ApplicationContextInitializer<?>> all = List.copyOf(application.getInitializers());
		ApplicationContextInitializer<?> check = all.get(all.size() - 1);
		assertThatExceptionOfType(FailureAnalyzedException.class).isThrownBy(() -> check.initialize(null))
			.withMessageStartingWith("DATABASE_URL must start with");
	}

}
