package io.bella.system;

import java.util.List;

import io.bella.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values against every operation on PostgreSQL, which refuses more than H2 (NUL
 * characters, timestamps beyond its range).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bella.api.key=" + HostileRequests.KEY, "bella.redis.url=" })
class ApiFuzzPostgresIntegrationTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		EmbeddedPostgres.register(registry);
	}

	@Test
	void noHostileRequestGetsA5xxOrAnErrorThatIsNotAProblemDetail() {
		ApiFuzzer fuzzer = new ApiFuzzer(this.port, 20261202L, HostileRequests.seed(this.port));

		List<String> violations = fuzzer.run(30);

		assertThat(fuzzer.sent()).isGreaterThan(500);
		assertThat(violations).isEmpty();
	}

}
