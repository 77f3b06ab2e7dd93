package io.bella.system;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseEnvironmentPostProcessorTests {

	@Test
	void withoutDatabaseUrlAnH2FileDatabaseLivesInTheDataDirectory() {
		Map<String, Object> properties = DatabaseEnvironmentPostProcessor.datasourceProperties(null, "/var/lib/bella");

		assertThat(properties.get("spring.datasource.url").toString())
			.startsWith("jdbc:h2:file:" + Path.of("/var/lib/bella/bella"))
			.contains("MODE=PostgreSQL");
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
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseEnvironmentPostProcessor.datasourceProperties("mysql://x/y", "./data"))
			.withMessageContaining("postgres://");
	}

}
