package io.bella.operations.breakers;

import io.bella.BellaIntegrationTest;
import io.bella.BellaWebMvcTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Forcing a circuit breaker through the API, with the shared overrides mocked: who may
 * (the API key only), what it refuses (an unknown breaker, a missing or unknown mode) and
 * what it keeps of the caller's name.
 */
@BellaWebMvcTest(BreakerOverrideController.class)
@Import(BreakerOverrideApiTests.Breakers.class)
class BreakerOverrideApiTests {

	static final String PATH = "/api/unified/circuit-breakers/{name}/override";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	BreakerOverrides overrides;

	@Test
	void withoutTheApiKeyIsUnauthorizedAndChangesNothing() {
		MvcTestResult result = this.mvc.put()
			.uri(PATH, "twilio")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\": \"forced_open\"}")
			.exchange();

		assertThat(result).hasStatus(401);
		then(this.overrides).should(never()).force(anyString(), any(), anyString());
	}

	@Test
	void forcingAKnownBreakerOpenIsKeptForEveryInstance() {
		MvcTestResult result = put("twilio", "{\"mode\": \"forced_open\", \"by\": \"ops on call\"}");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.mode").isEqualTo("forced_open");
		then(this.overrides).should().force("twilio", BreakerOverrides.Mode.FORCED_OPEN, "ops on call");
	}

	@Test
	void theCallersNameLosesItsLineBreaksAndDefaultsToOperator() {
		put("twilio", "{\"mode\": \"reset\", \"by\": \"eve\\nINFO forged line\"}");
		then(this.overrides).should().force("twilio", BreakerOverrides.Mode.RESET, "eve INFO forged line");

		put("twilio", "{\"mode\": \"forced_closed\", \"by\": \" \\t \"}");
		then(this.overrides).should().force("twilio", BreakerOverrides.Mode.FORCED_CLOSED, "operator");
	}

	@Test
	void anUnknownBreakerIsNotFound() {
		MvcTestResult result = put("no-such-breaker", "{\"mode\": \"forced_open\"}");

		assertThat(result).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.overrides).should(never()).force(anyString(), any(), anyString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"mode\": \"half_open\"}", "{\"mode\": null}" })
	void aMissingOrUnknownModeIsABadRequestNamingIt(String body) {
		MvcTestResult result = put("twilio", body);

		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyText().contains("mode");
		then(this.overrides).should(never()).force(anyString(), any(), anyString());
	}

	private MvcTestResult put(String breaker, String body) {
		return this.mvc.put()
			.uri(PATH, breaker)
			.header("X-API-Key", BellaIntegrationTest.API_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Breakers {

		@Bean
		CircuitBreakerRegistry circuitBreakerRegistry() {
			CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
			registry.circuitBreaker("twilio");
			return registry;
		}

	}

}
