package io.bella;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every shell example of {@code README.md} and {@code docs/*.md} against the
 * service, as a reader would paste it into a terminal with Bella running on
 * {@code localhost:8000} (docs/testing.md, "Documentation examples"): each block on its
 * own with {@code bash -euxo pipefail}, {@code localhost:8000} pointed at this test's
 * server and the variables the documentation uses set. A block passes when it exits 0;
 * its {@code curl}s all carry {@code -f}, so an HTTP error fails it.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DocumentationExamplesIntegrationTests {

	private static final Path PROJECT = Path.of("").toAbsolutePath();

	private final int port;

	private final MutableClock clock;

	private Instant testClock;

	DocumentationExamplesIntegrationTests(@LocalServerPort int port, MutableClock clock) {
		this.port = port;
		this.clock = clock;
	}

	// the examples compute their dates from the machine's clock, as a reader's would
	@BeforeEach
	void useTheRealTime() {
		this.testClock = this.clock.instant();
		this.clock.set(Instant.now());
	}

	@AfterEach
	void restoreTheTestClock() {
		this.clock.set(this.testClock);
	}

	@TestFactory
	Stream<DynamicTest> everyShellExampleOfTheDocumentationRuns() {
		return ShellExample.documentation(PROJECT)
			.stream()
			.filter(ShellExample::runs)
			.map((example) -> DynamicTest.dynamicTest(example.toString(), () -> run(example)));
	}

	private void run(ShellExample example) throws IOException, InterruptedException {
		String base = "http://localhost:" + this.port;
		String script = example.script().replace("localhost:8000", "localhost:" + this.port);
		File output = Files.createTempFile("example", ".log").toFile();
		ProcessBuilder bash = new ProcessBuilder("bash", "-euxo", "pipefail", "-c", script).directory(PROJECT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		Map<String, String> env = bash.environment();
		env.put("KEY", BellaIntegrationTest.API_KEY);
		env.put("BELLA_API_KEY", BellaIntegrationTest.API_KEY);
		env.put("BELLA_URL", base);
		env.put("TWILIO_AUTH_TOKEN", BellaIntegrationTest.TWILIO_AUTH_TOKEN);
		Process process = bash.start();
		try {
			boolean ended = process.waitFor(2, TimeUnit.MINUTES);
			if (!ended) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor();
			}
			String printed = Files.readString(output.toPath());
			assertThat(ended).as("%s still running after 2 minutes:%n%s", example, printed).isTrue();
			assertThat(process.exitValue())
				.as("%s exited with %d:%n%s%n%s", example, process.exitValue(), script, printed)
				.isZero();
		}
		finally {
			Files.deleteIfExists(output.toPath());
		}
	}

}
