package io.bella;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * A configuration mistake stops Bella with one line saying what is wrong and how to fix
 * it, and a non-zero exit status: no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aDatabaseUrlBellaCannotUseEndsTheProcessWithOneLine() throws Exception {
		File output = Files.createTempFile(this.dataDir, "bella", ".log").toFile();
		ProcessBuilder bella = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), BellaApplication.class.getName(), "--server.port=0")
			.redirectErrorStream(true)
			.redirectOutput(output);
		bella.environment().put("DATABASE_URL", "mysql://bella:secret@db.internal/bella");
		bella.environment().put("BELLA_DATA_DIR", this.dataDir.toString());
		Process process = bella.start();

		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).isEqualTo(1);
		List<String> lines = Files.readAllLines(output.toPath());
		assertThat(lines).singleElement()
			.asString()
			.contains(" ERROR ")
			.endsWith("Bella cannot start: DATABASE_URL must start with postgres://, postgresql:// or "
					+ "jdbc:postgresql:, not \"mysql:\". Set DATABASE_URL to postgres://user:password@host:5432/database "
					+ "(or jdbc:postgresql://host:5432/database), or unset it to use the embedded database.")
			.doesNotContain("secret");
	}

	@Test
	void aDatabaseNobodyAnswersAtIsOneLine(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThatRuntimeException()
			.isThrownBy(() -> start("--DATABASE_URL=postgres://bella:secret@127.0.0.1:" + closedPort + "/bella",
					"--bella.public-url=http://localhost:8000"));

		assertThat(errors(output)).singleElement()
			.asString()
			.endsWith("Bella cannot start: No connection to the database at jdbc:postgresql://127.0.0.1:" + closedPort
					+ "/bella: nothing answers there (connection refused). Check that PostgreSQL runs there and lets "
					+ "this user in, and that DATABASE_URL is right (postgres://user:password@host:5432/database); or "
					+ "unset DATABASE_URL to use the embedded database.");
		assertThat(output.getAll()).doesNotContain("\tat ", "secret");
	}

	@Test
	void aSettingBellaCannotUseIsOneLineNamingItsVariable(CapturedOutput output) {
		assertThatRuntimeException().isThrownBy(() -> start("--BELLA_HEALTH_DATABASE_BUDGET=soon"));

		assertThat(errors(output)).singleElement()
			.asString()
			.endsWith("Bella cannot start: BELLA_HEALTH_DATABASE_BUDGET=soon is not valid "
					+ "(bella.health.database-budget): 'soon' is not a valid duration. Correct "
					+ "BELLA_HEALTH_DATABASE_BUDGET or unset it for the default (1s); every setting is described in "
					+ "docs/configuration.md.");
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	@Test
	void aRetentionOfNoDaysIsOneLine(CapturedOutput output) {
		assertThatRuntimeException().isThrownBy(() -> start("--BELLA_RETENTION_DAYS=0"));

		assertThat(errors(output)).singleElement()
			.asString()
			.endsWith("Bella cannot start: BELLA_RETENTION_DAYS=0 is not valid (bella.operations.retention.days): "
					+ "bella.operations.retention.days must be at least one day. Correct BELLA_RETENTION_DAYS or unset it for the default "
					+ "(90); every setting is described in docs/configuration.md.");
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	@Test
	void quietHoursBellaCannotReadAreOneLine(CapturedOutput output) {
		assertThatRuntimeException().isThrownBy(() -> start("--BELLA_REMINDER_QUIET_HOURS=9pm-8am"));

		assertThat(errors(output)).singleElement()
			.asString()
			.endsWith("Bella cannot start: BELLA_REMINDER_QUIET_HOURS=9pm-8am is not valid "
					+ "(bella.reminders.quiet-hours): bella.reminders.quiet-hours must be two different times like "
					+ "21:00-08:00, or empty for none, got '9pm-8am'. Correct BELLA_REMINDER_QUIET_HOURS or unset it "
					+ "for the default (21:00-08:00); every setting is described in docs/configuration.md.");
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	@Test
	void aBusyRefreshLongerThanFifteenMinutesIsOneLine(CapturedOutput output) {
		assertThatRuntimeException().isThrownBy(() -> start("--BELLA_GOOGLE_BUSY_REFRESH=20m"));

		assertThat(errors(output)).singleElement()
			.asString()
			.contains("Bella cannot start: BELLA_GOOGLE_BUSY_REFRESH=20m is not valid (bella.google.busy-refresh)",
					"must be positive and at most 15m");
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	private void start(String... args) {
		List<String> all = new ArrayList<>(
				List.of("--server.port=0", "--bella.data-dir=" + this.dataDir, "--bella.voice.warm-up.enabled=false"));
		all.addAll(List.of(args));
		new SpringApplicationBuilder(BellaApplication.class).run(all.toArray(String[]::new)).close();
	}

	private static List<String> errors(CapturedOutput output) {
		return output.getAll().lines().filter((line) -> line.contains(" ERROR ")).toList();
	}

}
