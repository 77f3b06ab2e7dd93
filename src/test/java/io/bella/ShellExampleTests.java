package io.bella;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShellExampleTests {

	private static final Path DOC = Path.of("docs/example.md");

	@Test
	void shellBlocksAreExamplesAndOtherBlocksAreNot() {
		List<ShellExample> examples = ShellExample.parse(DOC, """
				# Title

				```bash
				curl -fsS localhost:8000/healthz
				```

				```json
				{"a": 1}
				```

				```
				Bella is ready
				```

				```sh
				echo one
				echo two
				```
				""");

		assertThat(examples).extracting(ShellExample::line).containsExactly(3, 15);
		assertThat(examples).extracting(ShellExample::script)
			.containsExactly("curl -fsS localhost:8000/healthz", "echo one\necho two");
		assertThat(examples).allMatch(ShellExample::runs);
		assertThat(examples.get(0)).hasToString("docs/example.md:3");
	}

	@Test
	void aCommentAboveTheFenceSaysWhyABlockIsNotRun() {
		List<ShellExample> examples = ShellExample.parse(DOC, """
				<!-- not-run: starts Bella, which the test has running already -->
				```bash
				./mvnw spring-boot:run
				```
				<!-- not-run -->

				```bash
				./mvnw verify
				```

				```bash
				echo runs
				```
				""");

		assertThat(examples).extracting(ShellExample::notRun)
			.containsExactly("starts Bella, which the test has running already", "", null);
	}

	@Test
	void aConsoleBlockRunsItsPromptedLinesAndNotTheirOutput() {
		List<ShellExample> examples = ShellExample.parse(DOC, """
				```console
				$ curl -fsS -H "X-API-Key: $KEY" \\
				    localhost:8000/api/clinic
				{"name":"Maple Dental Centre"}
				$ echo done
				done
				```
				""");

		assertThat(examples.get(0).script())
			.isEqualTo("curl -fsS -H \"X-API-Key: $KEY\" \\\n    localhost:8000/api/clinic\necho done");
	}

	@Test
	void curlsThatWouldPassAnHttpErrorAreFound() {
		ShellExample example = new ShellExample(DOC, 1, """
				curl -fsS localhost:8000/healthz
				curl --fail localhost:8000/healthz
				ID=$(curl -sf localhost:8000/api/users | head -1)
				curl -s localhost:8000/api/users
				echo ok && curl -H "X-API-Key: $KEY" localhost:8000/api/clinic
				""", null);

		assertThat(example.curlsWithoutFail()).containsExactly("curl -s", "curl -H");
	}

	@Test
	void everyShellBlockOfTheDocumentationRunsOrSaysWhyNot() {
		List<ShellExample> examples = ShellExample.documentation(Path.of(""));

		assertThat(examples).filteredOn((example) -> example.notRun() != null)
			.allSatisfy((example) -> assertThat(example.notRun()).as("the reason %s is not run", example).isNotBlank());
		assertThat(examples).filteredOn(ShellExample::runs)
			.allSatisfy(
					(example) -> assertThat(example.curlsWithoutFail()).as("curl without -f in %s", example).isEmpty());
		assertThat(examples).filteredOn((example) -> example.file().equals(Path.of("README.md")))
			.filteredOn(ShellExample::runs)
			.hasSizeGreaterThanOrEqualTo(3);
	}

}
