package io.bella.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ServiceAccountCredentialSourceTests {

	@TempDir
	Path folder;

	@Test
	void noKeyMeansNoCredentials() {
		assertThat(new ServiceAccountCredentialSource(properties(" ")).credentials()).isEmpty();
	}

	@Test
	void missingKeyFileIsOneLineNamingIt() {
		Path missing = this.folder.resolve("missing.json");

		FailureAnalysis analysis = analyse(missing);

		assertThat(analysis.getDescription()).isEqualTo("BELLA_GOOGLE_CREDENTIALS=" + missing + " does not exist.");
		assertThat(analysis.getAction()).contains("docs/calendars.md");
	}

	@Test
	void keyThatIsNotAServiceAccountsIsRefusedWithoutQuotingIt() throws IOException {
		Path key = Files.writeString(this.folder.resolve("user.json"),
				"{\"type\": \"authorized_user\", \"client_secret\": \"do-not-print\"}");

		FailureAnalysis analysis = analyse(key);

		assertThat(analysis.getDescription()).startsWith("BELLA_GOOGLE_CREDENTIALS=" + key)
			.contains("cannot be read as a service account's JSON key")
			.doesNotContain("do-not-print");
	}

	private static FailureAnalysis analyse(Path key) {
		GoogleSettingException failure = catchThrowableOfType(GoogleSettingException.class,
				() -> new ServiceAccountCredentialSource(properties(key.toString())));
		return new GoogleSettingFailureAnalyzer().analyze(new IllegalStateException("context", failure));
	}

	private static GoogleProperties properties(String credentials) {
		return new GoogleProperties(credentials, "https://www.googleapis.com/", null, Duration.ofSeconds(10),
				Duration.ofSeconds(15), Duration.ofMinutes(15), false);
	}

}
