package io.bella.extraction;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.bella.system.PhoneNumbers;
import io.bella.system.PhoneProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Builds answers of a fake OpenAI chat completions API and extractors pointed at it.
 */
public final class OpenAiStub {

	static final PhoneNumbers PHONE_NUMBERS = new PhoneNumbers(new PhoneProperties("CA"));

	static final String PATH = "/v1/chat/completions";

	static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static volatile boolean warm;

	private OpenAiStub() {
	}

	/**
	 * Sends one request through the OpenAI client with a generous time limit, so that the
	 * tests' timeouts measure the fake server rather than class loading on a busy build
	 * machine.
	 */
	static synchronized void warmUp() {
		if (warm) {
			return;
		}
		WireMockServer server = new WireMockServer(
				com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
		server.start();
		try {
			answer(server, completion("{\"intent\":\"book\",\"confidence\":1}"));
			LlmProperties properties = new LlmProperties(server.baseUrl() + "/v1", "test-key", "gpt-4o-mini", TIMEOUT,
					"dental clinic");
			PhraseRules rules = new PhraseRules(PhraseRules.reading(Intent.UNKNOWN, 0));
			try (LlmAppointmentExtractor extractor = new LlmAppointmentExtractor(
					LlmAppointmentExtractor.client(properties), properties, rules, circuitBreaker(),
					TimeLimiter.of("warm-up",
							TimeLimiterConfig.custom().timeoutDuration(Duration.ofMinutes(1)).build()),
					PHONE_NUMBERS)) {
				warm = extractor
					.extract(new ExtractionRequest("warm up", java.time.Instant.EPOCH, java.time.ZoneOffset.UTC))
					.intent() == Intent.BOOK;
			}
		}
		finally {
			server.stop();
		}
	}

	public static void answer(WireMockServer server, ResponseDefinitionBuilder response) {
		server.stubFor(post(urlEqualTo(PATH)).willReturn(response));
	}

	public static ResponseDefinitionBuilder completion(String content) {
		String body = """
				{"id":"chatcmpl-test","object":"chat.completion","created":1772809200,"model":"gpt-4o-mini",
				 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
				   "message":{"role":"assistant","refusal":null,"content":%s}}],
				 "usage":{"prompt_tokens":300,"completion_tokens":60,"total_tokens":360}}"""
			.formatted(json.writeValueAsString(content));
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	static int requests(WireMockServer server) {
		return server.countRequestsMatching(postRequestedFor(urlEqualTo(PATH)).build()).getCount();
	}

	static LlmAppointmentExtractor extractor(WireMockServer server, AppointmentExtractor rules,
			CircuitBreaker circuitBreaker) {
		LlmProperties properties = new LlmProperties(server.baseUrl() + "/v1", "test-key", "gpt-4o-mini", TIMEOUT,
				"dental clinic");
		return new LlmAppointmentExtractor(LlmAppointmentExtractor.client(properties), properties, rules,
				circuitBreaker, TimeLimiter.of("llm", TimeLimiterConfig.custom().timeoutDuration(TIMEOUT).build()),
				PHONE_NUMBERS);
	}

	static CircuitBreaker circuitBreaker() {
		return CircuitBreaker.of("llm",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(4)
					.minimumNumberOfCalls(2)
					.failureRateThreshold(50)
					.waitDurationInOpenState(Duration.ofMinutes(5))
					.build());
	}

}
