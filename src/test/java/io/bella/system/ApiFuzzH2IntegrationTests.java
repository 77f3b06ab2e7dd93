package io.bella.system;

import java.util.List;

import io.bella.EmbeddedDefaultIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values against every operation on the embedded default database.
 */
@EmbeddedDefaultIntegrationTest
class ApiFuzzH2IntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void noHostileRequestGetsA5xxOrAnErrorThatIsNotAProblemDetail() {
		ApiFuzzer fuzzer = new ApiFuzzer(this.port, 20261201L, HostileRequests.seed(this.port));

		List<String> violations = fuzzer.run(30);

		assertThat(fuzzer.sent()).isGreaterThan(500);
		assertThat(violations).isEmpty();
	}

}
