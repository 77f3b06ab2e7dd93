package io.bella.voice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.BellaIntegrationTest;
import io.bella.simulator.CallSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis going away and coming back under a running Bella, played by cutting a relay
 * between Bella and the Redis of {@code REDIS_URL} (CI starts one): readiness says DOWN
 * while calls cannot be carried, and the first turn once Redis is back is answered
 * properly.
 */
@RedisIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class RedisOutageIntegrationTests {

	private final TcpRelay relay = RelayedRedis.relay();

	private final CallSimulator simulator;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	RedisOutageIntegrationTests(@LocalServerPort int port) {
		this.baseUrl = "http://localhost:" + port;
		this.simulator = new CallSimulator(URI.create(this.baseUrl), BellaIntegrationTest.TWILIO_AUTH_TOKEN, null);
	}

	@AfterEach
	void redisBack() {
		this.relay.restore();
	}

	@Test
	void readinessAndHealthFollowRedisAndTheFirstTurnAfterItReturnsIsAnswered() throws Exception {
		await().atMost(Duration.ofSeconds(60)).until(() -> readiness() == 200);
		Map<String, String> call = call();
		assertThat(this.simulator.send("/twilio/voice", call).body()).contains("<Gather", "How can I help");

		assertThat(status("/healthz")).isEqualTo(200);
		this.relay.cut();
		await().atMost(Duration.ofSeconds(10)).until(() -> readiness() == 503);
		assertThat(status("/healthz")).isEqualTo(503);
		// long enough for a client that backs off exponentially to wait seconds before
		// its next attempt
		await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(8)).until(() -> readiness() == 503);

		this.relay.restore();
		// straight away, not after readiness: Twilio does not wait for the probe
		assertThat(this.simulator.send("/twilio/voice", call()).body()).contains("<Gather", "How can I help")
			.doesNotContain("I'm sorry");
		Map<String, String> speech = new LinkedHashMap<>(call);
		speech.put("SpeechResult", "I'd like to book a cleaning");
		speech.put("Confidence", "0.9");
		assertThat(this.simulator.send("/twilio/gather?turn=1", speech).body()).contains("<Gather")
			.doesNotContain("I'm sorry");
		await().atMost(Duration.ofSeconds(10)).until(() -> readiness() == 200);
		assertThat(status("/healthz")).isEqualTo(200);
	}

	private static Map<String, String> call() {
		return new LinkedHashMap<>(
				Map.of("CallSid", CallSimulator.newCallSid(), "From", "+14165550123", "To", "+14165550100"));
	}

	private int readiness() throws IOException, InterruptedException {
		return status("/actuator/health/readiness");
	}

	private int status(String path) throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
