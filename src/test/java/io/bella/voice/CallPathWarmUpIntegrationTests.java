package io.bella.voice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A just-started Bella refuses traffic while it warms its call path up, then reports
 * ready, having left nothing behind that staff could see. The warm-up is made to run
 * synthetic calls for a fixed time, so that the test can see it in progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:voice-warm-up;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"bella.api.key=warm-up-tests", "bella.redis.url=", "bella.extraction.mode=rules",
		"bella.voice.warm-up.enabled=true", "bella.voice.warm-up.conversations=1000000",
		"bella.voice.warm-up.timeout=" + CallPathWarmUpIntegrationTests.WARM_UP_SECONDS + "s" })
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class CallPathWarmUpIntegrationTests {

	// long enough for the first request to be answered during it on a busy build machine
	static final int WARM_UP_SECONDS = 30;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final JdbcClient jdbc;

	CallPathWarmUpIntegrationTests(@LocalServerPort int port, JdbcClient jdbc) {
		this.baseUrl = "http://localhost:" + port;
		this.jdbc = jdbc;
	}

	@Test
	void readinessIsOutOfServiceUntilTheCallPathIsWarmAndNothingIsLeftBehind() throws Exception {
		HttpResponse<String> warming = readiness();
		assertThat(warming.statusCode()).isEqualTo(503);
		assertThat(warming.body()).contains("OUT_OF_SERVICE");
		long patients = count("SELECT COUNT(*) FROM patient");
		long appointments = count("SELECT COUNT(*) FROM appointment");

		await().atMost(Duration.ofSeconds(WARM_UP_SECONDS + 30)).until(() -> readiness().statusCode() == 200);
		assertThat(readiness().body()).contains("\"status\":\"UP\"");
		assertThat(count("SELECT COUNT(*) FROM call_record")).isZero();
		assertThat(count("SELECT COUNT(*) FROM call_turn")).isZero();
		assertThat(count("SELECT COUNT(*) FROM patient")).isEqualTo(patients);
		assertThat(count("SELECT COUNT(*) FROM appointment")).isEqualTo(appointments);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private HttpResponse<String> readiness() throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
