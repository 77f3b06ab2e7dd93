package io.bella.system;

import java.util.List;

import io.bella.BellaIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values against every operation on PostgreSQL, which refuses more than H2 (NUL
 * characters, timestamps beyond its range).
 */
@BellaIntegrationTest
class ApiFuzzPostgresIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void noHostileRequestGetsA5xxOrAnErrorThatIsNotAProblemDetail() {
		ApiFuzzer fuzzer = new ApiFuzzer(this.port, 20261202L, HostileRequests.seed(this.port));

		List<String> violations = fuzzer.run(30);

		assertThat(fuzzer.sent()).isGreaterThan(500);
		assertThat(violations).isEmpty();
	}

}
