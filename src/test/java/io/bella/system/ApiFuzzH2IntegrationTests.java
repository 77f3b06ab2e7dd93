package io.bella.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values against every operation on the embedded default database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bella.api.key=" + HostileRequests.KEY,
				"spring.datasource.url=jdbc:h2:mem:hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
				"bella.twilio.auth-token=hostile-token", "bella.redis.url=" })
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
