package io.bella.simulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.simulator.CallSimulator.End;
import io.bella.simulator.CallSimulator.Transcript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The call simulator against the whole service: the message it leaves becomes a callback
 * request, and a token Bella does not know ends it with one line.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class CallSimulatorIntegrationTests {

	private final int port;

	private final MutableClock clock;

	private final ApiClient api;

	CallSimulatorIntegrationTests(@LocalServerPort int port, MutableClock clock) {
		this.port = port;
		this.clock = clock;
		this.api = new ApiClient(port, BellaIntegrationTest.API_KEY);
	}

	@BeforeEach
	void mondayAtTenInToronto() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO.plus(Duration.ofHours(2)));
	}

	@Test
	void aCallerWhoLeavesAMessageIsListedForACallBackWithoutTranscript() {
		CallSimulator simulator = new CallSimulator(URI.create("http://localhost:" + this.port),
				BellaIntegrationTest.TWILIO_AUTH_TOKEN, null)
			.dialCallStatus("no-answer")
			.leavesMessage(true);

		Transcript call = simulator.call("+14165550177", "+14165550100",
				Caller.scripted(List.of("can I talk to a person")));

		assertThat(call.end()).isEqualTo(End.MESSAGE);
		assertThat(call.lastSaid()).contains("Your message has been recorded");
		JsonNode request = await().atMost(Duration.ofSeconds(10))
			.until(() -> callbackRequest(call.callSid()),
					(found) -> found != null && !found.get("transcript").isNull());
		assertThat(request.get("recording_sid").asString()).matches("RE[0-9a-f]{32}");
		assertThat(request.get("duration_sec").asInt()).isEqualTo(12);
		assertThat(request.get("caller").asString()).isEqualTo("+14165550177");
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("transcript").asString()).isEqualTo("transcription unavailable");
	}

	@Test
	void aTokenBellaDoesNotKnowEndsTheSimulatorWithOneLine() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = SimulateCall.run(
				new String[] { "--url", "http://localhost:" + this.port, "--token", "not-the-token", "--script", "hi" },
				Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.startsWith("simulate-call: Bella refused the webhook's signature (HTTP 403")
			.hasLineCount(1);
	}

	private JsonNode callbackRequest(String callSid) {
		for (JsonNode request : this.api.get("/api/callbacks?size=200").json().get("items")) {
			if (request.get("call_sid").asString().equals(callSid)) {
				return request;
			}
		}
		return null;
	}

}
