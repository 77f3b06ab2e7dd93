package io.bella.voice;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.BellaIntegrationTest;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.TestClockConfiguration;
import io.bella.extraction.AppointmentExtractor;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.CallSimulator.End;
import io.bella.simulator.CallSimulator.Transcript;
import io.bella.simulator.Caller;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole phone call while Bella is configured for the language model and the model's
 * circuit breaker is open: the call is understood by the rules and booked, and the model
 * is never asked.
 */
@RemoteSystemsIntegrationTest
class VoiceLlmBreakerOpenIntegrationTests {

	static final String AUTH_TOKEN = BellaIntegrationTest.TWILIO_AUTH_TOKEN;

	static final WireMockServer model = FakeRemoteSystems.openAi();

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	AppointmentExtractor extractor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void reset() {
		model.resetAll();
		model.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		// the call books tomorrow at 10 and the test counts the bookings
		this.jdbc.sql("DELETE FROM appointment").update();
	}

	@Test
	void callIsUnderstoodByTheRulesAndBookedWhileTheModelsBreakerIsOpen() {
		CircuitBreaker llm = this.breakers.circuitBreaker("llm");
		llm.transitionToForcedOpenState();
		try {
			CallSimulator simulator = new CallSimulator(URI.create("http://localhost:" + this.port), AUTH_TOKEN,
					new PrintStream(System.out, true, StandardCharsets.UTF_8));

			// the clock stands on Monday, March 2nd 2026 at 8 a.m. in Toronto; the
			// caller is new to the shared database
			Transcript call = simulator.call("+12895550177", "+14165550100",
					Caller.scripted(List.of("Hi this is Emily Roy, I'd like to book a checkup tomorrow at 10 a.m.",
							"yes please", "yes", "no that's all thank you")));

			assertThat(this.extractor.getClass().getSimpleName()).isEqualTo("LlmAppointmentExtractor");
			assertThat(call.allSaid()).contains("Tuesday, March 3rd at 10 a.m.");
			assertThat(call.end()).isEqualTo(End.HUNG_UP);
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM appointment WHERE status = 'booked'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(model.getAllServeEvents()).isEmpty();
			assertThat(llm.getState()).isEqualTo(CircuitBreaker.State.FORCED_OPEN);
		}
		finally {
			llm.reset();
		}
	}

}
