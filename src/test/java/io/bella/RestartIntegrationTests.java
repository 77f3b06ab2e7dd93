package io.bella;

import java.nio.file.Path;

import io.bella.booking.Patients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data: a second start on the same data directory finds
 * what the first one wrote, and does not seed the demo clinic twice.
 */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestart() {
		long patientId;
		try (ConfigurableApplicationContext first = start()) {
			patientId = first.getBean(Patients.class).register("Émilie Côté", "+1 819 555 0123", null).id();
		}

		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(Patients.class).findById(patientId))
				.hasValueSatisfying((patient) -> assertThat(patient.name()).isEqualTo("Émilie Côté"));
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM clinic").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM provider").query(Long.class).single()).isEqualTo(2);
		}
		assertThat(this.dataDir.resolve("bella.mv.db")).exists();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BellaApplication.class).run("--server.port=0",
				"--bella.data-dir=" + this.dataDir, "--bella.api.key=restart-test");
	}

}
