package io.bella.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.RawHttp;
import io.bella.voice.TwilioWebhookSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Who reaches what: every operation of the API needs the key however its path is spelled,
 * the public paths stay public, and every answer carries the security headers.
 */
@BellaIntegrationTest
class SecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/api;x/users", "/%61pi/users", "/a%70i/calls", "/api;jsessionid=0/users",
			"/%61ctuator/metrics", "/%61ctuator/prometheus", "/%61pi/callbacks", "/api/users;x", "/api/users/",
			"/API/users", "//api/users", "/./api/users", "/api/./users", "/api/%2e/users", "/healthz/../api/users",
			"/healthz/%2e%2e/api/users", "/healthz;/../api/users", "/twilio/..%2fapi/users", "/twilio/../api/users",
			"/swagger-ui/../api/users", "/swagger-ui/..;/api/users", "/v3/api-docs/..%2f..%2fapi/users", "/api%2fusers",
			"/api%2Fusers", "/api\\users", "/api%5cusers", "/api/users%00", "/actuator/%2e/metrics",
			"/actuator/health/../metrics", "/actuator/health/db", "/actuator/metrics/", "/Actuator/prometheus" })
	void everySpellingOfAProtectedPathNeedsTheKey(String target) {
		RawHttp.Response response = RawHttp.get(this.port, target, Map.of());

		assertThat(response.status()).as(target).isIn(400, 401);
		assertThat(response.contentType()).as(target).startsWith("application/problem+json");
		assertThat(response.body()).as(target).doesNotContain("+1416", "\"name\"", "jvm");
	}

	@Test
	void everyOperationOfTheOpenApiDocumentNeedsTheKey() {
		List<String> checked = new ArrayList<>();
		HostileRequests.operations(this.port).forEach((operation) -> {
			for (String key : new String[] { null, "", "wrong-key", HostileRequests.KEY + "x",
					HostileRequests.KEY.substring(1) }) {
				RawHttp.Response response = operation.send(this.port, key);
				assertThat(response.status()).as(operation + " with key " + key).isEqualTo(401);
				assertThat(response.contentType()).as(operation.toString()).startsWith("application/problem+json");
				assertThat(response.headers()).as(operation.toString()).containsKey("www-authenticate");
			}
			checked.add(operation.toString());
		});
		assertThat(checked).hasSizeGreaterThan(15)
			.contains("POST /api/appointments", "GET /api/users", "GET /api/calls/{sid}",
					"POST /api/appointments/{id}/cancel", "GET /api/callbacks");
	}

	@Test
	void theRightKeyOpensTheApi() {
		ApiClient api = new ApiClient(this.port, HostileRequests.KEY);

		assertThat(api.get("/api/users").status()).isEqualTo(200);
		assertThat(api.get("/actuator/prometheus").status()).isEqualTo(200);
		assertThat(api.get("/api/nothing-here").status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/healthz", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/livez", "/readyz", "/v3/api-docs", "/swagger-ui/index.html" })
	void publicPathsNeedNoKey(String path) {
		RawHttp.Response response = RawHttp.get(this.port, path, Map.of());

		assertThat(response.status()).as(path).isIn(200, 503);
	}

	@Test
	void twilioWebhooksAreOpenOnlyToTheSignature() {
		RawHttp.Response response = RawHttp.send(this.port, "POST", "/twilio/voice",
				Map.of("Content-Type", "application/x-www-form-urlencoded"), "CallSid=CA1&From=%2B14165550123");

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void forwardedHeadersFromAnUntrustedClientDoNotChangeTheSignedUrl() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("CallSid", "CA" + "0123456789abcdef".repeat(2));
		params.put("RecordingSid", "RE" + "0123456789abcdef".repeat(2));
		params.put("RecordingStatus", "absent");
		// signed by the same account for another of its URLs, sent with headers that
		// would make Bella believe that URL was called; no proxy is trusted here
		String otherUrl = "https://other-app.example/twilio/recording";
		long before = this.jdbc.sql("SELECT COUNT(*) FROM callback_request").query(Long.class).single();

		RawHttp.Response response = RawHttp.send(this.port, "POST", "/twilio/recording",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-Proto", "https",
						"X-Forwarded-Host", "other-app.example", "X-Forwarded-Port", "443", "X-Twilio-Signature",
						TwilioWebhookSigner.signature(BellaIntegrationTest.TWILIO_AUTH_TOKEN, otherUrl, params)),
				TwilioWebhookSigner.form(params));

		assertThat(response.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM callback_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		for (String path : List.of("/healthz", "/api/users", "/%61pi/users", "/api;x/users")) {
			Map<String, String> headers = RawHttp.get(this.port, path, Map.of()).headers();
			assertThat(headers).as(path)
				.containsEntry("x-content-type-options", "nosniff")
				.containsEntry("x-frame-options", "DENY")
				.containsEntry("referrer-policy", "no-referrer")
				.containsEntry("content-security-policy", "frame-ancestors 'none'");
		}
	}

	@Test
	void httpsAnswersCarryStrictTransportSecurity() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();

		mvc.perform(get("/healthz").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
		mvc.perform(get("/healthz")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/users/%zz", "/api/users?phone=%zz", "/%", "/api/%ff%fe", "/healthz?%=1" })
	void requestsTomcatCannotReadAreAnsweredAsProblemDetails(String target) {
		RawHttp.Response response = RawHttp.get(this.port, target, Map.of("X-API-Key", HostileRequests.KEY));

		assertThat(response.status()).as(target).isBetween(400, 499);
		assertThat(response.contentType()).as(target).startsWith("application/problem+json");
		assertThat(response.body()).as(target).doesNotContain("<html", "Apache Tomcat", "Exception");
	}

	@Test
	void aHeaderTooLargeIsAnsweredAsAProblemDetail() {
		RawHttp.Response response = RawHttp.get(this.port, "/healthz", Map.of("X-Padding", "x".repeat(20_000)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aWrongKeyIsToldApartFromAMissingOne() {
		JsonNode missing = new ApiClient(this.port, null).get("/api/users").json();
		JsonNode wrong = new ApiClient(this.port, "nope").get("/api/users").json();

		assertThat(missing.get("detail").asString()).contains("Send your API key");
		assertThat(wrong.get("detail").asString()).contains("not valid");
		assertThat(wrong.toString()).doesNotContain("nope");
	}

}
