package io.bella.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.FakeRemoteSystems;
import io.bella.RemoteSystemsIntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service in llm mode against a fake OpenAI API: the configured client, the
 * {@code llm} breaker from application.yml and the real rule engine resolving the model's
 * phrases.
 */
@RemoteSystemsIntegrationTest
class LlmExtractionIntegrationTests {

	private static final WireMockServer server = FakeRemoteSystems.openAi();

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	// Tuesday 29 December 2026, 16:00 in Toronto: "next Monday" is in the new year
	private static final Instant REFERENCE = Instant.parse("2026-12-29T21:00:00Z");

	@Autowired
	private AppointmentExtractor extractor;

	@Autowired
	private CircuitBreakerRegistry circuitBreakers;

	@BeforeAll
	static void warmUp() {
		OpenAiStub.warmUp();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
		this.circuitBreakers.circuitBreaker("llm").reset();
	}

	@Test
	void theModelsPhrasesAreResolvedByTheRuleEngine() {
		OpenAiStub.answer(server, OpenAiStub.completion("""
				{"intent":"reschedule","date_phrase":"next Monday","time_phrase":"ten thirty in the morning",
				 "duration_phrase":null,"name":"Marie-Claire Tremblay","phone_digits":"6135550199",
				 "service":"cleaning","confidence":0.88}"""));

		Extraction extraction = this.extractor.extract(
				new ExtractionRequest(
						"uh can we move Marie-Claire's cleaning to next Monday ten thirty in the "
								+ "morning call me at six one three five five five oh one nine nine",
						REFERENCE, TORONTO));

		assertThat(this.extractor).isInstanceOf(LlmAppointmentExtractor.class);
		assertThat(OpenAiStub.requests(server)).isEqualTo(1);
		assertThat(extraction.intent()).isEqualTo(Intent.RESCHEDULE);
		assertThat(extraction.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(extraction.time()).isEqualTo(LocalTime.of(10, 30));
		assertThat(extraction.startsAt()).hasToString("2027-01-04T10:30-05:00");
		assertThat(extraction.name()).isEqualTo("Marie-Claire Tremblay");
		assertThat(extraction.phone()).isEqualTo("+16135550199");
		assertThat(extraction.service()).isEqualTo("cleaning");
	}

	@Test
	void whenTheModelKeepsFailingTheBreakerOpensAndTheRulesAnswer() {
		OpenAiStub.answer(server, aResponse().withStatus(500));
		ExtractionRequest request = new ExtractionRequest("I'd like to book a cleaning tomorrow at 2 pm", REFERENCE,
				TORONTO);

		for (int i = 0; i < 10; i++) {
			Extraction extraction = this.extractor.extract(request);
			assertThat(extraction.date()).isEqualTo(LocalDate.of(2026, 12, 30));
			assertThat(extraction.time()).isEqualTo(LocalTime.of(14, 0));
		}

		assertThat(this.circuitBreakers.circuitBreaker("llm").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		// application.yml: at least 5 calls, half of them failed, then the breaker opens
		assertThat(OpenAiStub.requests(server)).isEqualTo(5);
	}

}
