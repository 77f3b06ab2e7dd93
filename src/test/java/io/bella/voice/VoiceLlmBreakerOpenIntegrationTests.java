package io.bella.voice;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static org.assertj.core.api.Assertions.assertThat;

import io.bella.TestClockConfiguration;
import io.bella.extraction.AppointmentExtractor;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.CallSimulator.End;
import io.bella.simulator.CallSimulator.Transcript;
import io.bella.simulator.Caller;

/**
 * A whole phone call while Bella is configured for the language model and the model's
 * circuit breaker is open: the call is understood by the rules and booked, and the model
 * is never asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:voice-llm-open;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"bella.api.key=voice-llm", "bella.twilio.auth-token=" + VoiceLlmBreakerOpenIntegrationTests.AUTH_TOKEN,
		"bella.redis.url=", "bella.public-url=", "bella.extraction.mode=llm", "bella.llm.api-key=test-key" })
@Import(TestClockConfiguration.class)
class VoiceLlmBreakerOpenIntegrationTests {

	static final String AUTH_TOKEN = "voice-llm-auth-token";

	static final WireMockServer model = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		model.start();
		model.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
	}

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	AppointmentExtractor extractor;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void modelServer(DynamicPropertyRegistry registry) {
		registry.add("bella.llm.base-url", () -> model.baseUrl() + "/v1");
	}

	@AfterAll
	static void stopModel() {
		model.stop();
	}

	@Test
	void callIsUnderstoodByTheRulesAndBookedWhileTheModelsBreakerIsOpen() {
		CircuitBreaker llm = this.breakers.circuitBreaker("llm");
		llm.transitionToForcedOpenState();
		try {
			CallSimulator simulator = new CallSimulator(URI.create("http://localhost:" + this.port), AUTH_TOKEN,
					new PrintStream(System.out, true, StandardCharsets.UTF_8));

			// the clock stands on Monday, March 2nd 2026 at 8 a.m. in Toronto
			Transcript call = simulator.call("+14165550177", "+14165550100",
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
