package io.bella.voice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.BellaIntegrationTest;
import io.bella.simulator.CallSimulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service with its call sessions in the Redis of {@code REDIS_URL} (CI starts
 * one): the state of a call lives in Redis while it goes on, and is gone once Twilio
 * reports its end.
 */
@RedisIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class RedisVoiceWebhookIntegrationTests {

	private final int port;

	private final CallSessions sessions;

	private final StringRedisTemplate redis;

	RedisVoiceWebhookIntegrationTests(@LocalServerPort int port, CallSessions sessions, StringRedisTemplate redis) {
		this.port = port;
		this.sessions = sessions;
		this.redis = redis;
	}

	@Test
	void callStateLivesInRedisUntilTheCallEnds() throws Exception {
		assertThat(this.sessions).isInstanceOf(RedisCallSessions.class);
		CallSimulator simulator = new CallSimulator(URI.create("http://localhost:" + this.port),
				BellaIntegrationTest.TWILIO_AUTH_TOKEN, null);
		String callSid = CallSimulator.newCallSid();
		Map<String, String> call = new LinkedHashMap<>(
				Map.of("CallSid", callSid, "From", "+14165550123", "To", "+14165550100"));
		assertThat(simulator.send("/twilio/voice", call).body()).contains("<Gather");
		Map<String, String> speech = new LinkedHashMap<>(call);
		speech.put("SpeechResult", "I'd like to book a cleaning");
		speech.put("Confidence", "0.9");
		String answer = simulator.send("/twilio/gather?turn=1", speech).body();

		String key = "bella:call:" + callSid;
		assertThat(this.redis.opsForHash().keys(key)).contains("session", "answer:0", "answer:1");
		assertThat(this.redis.getExpire(key)).isPositive();
		assertThat(simulator.send("/twilio/gather?turn=1", speech).body()).isEqualTo(answer);

		Map<String, String> status = new LinkedHashMap<>(call);
		status.put("CallStatus", "completed");
		status.put("CallDuration", "30");
		assertThat(simulator.send("/twilio/status", status).status()).isEqualTo(204);
		assertThat(this.redis.hasKey(key)).isFalse();

		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
				.header("X-API-Key", BellaIntegrationTest.API_KEY)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
	}

}
