package io.bella.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.system.OpenAiClient.ChatCompletion;
import io.bella.system.OpenAiClient.ChatCompletionRequest;
import io.bella.system.OpenAiClient.Message;
import io.bella.system.OpenAiClient.OpenAiException;
import io.bella.system.OpenAiClient.ResponseFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OpenAiClientTests {

	private static final String COMPLETION = """
			{"id":"chatcmpl-1","object":"chat.completion","created":1772809200,"model":"llama3.2",
			 "system_fingerprint":"fp_1","choices":[{"index":0,"finish_reason":"stop","logprobs":null,
			   "message":{"role":"assistant","refusal":null,"content":"{\\"intent\\":\\"book\\"}"}}],
			 "usage":{"prompt_tokens":300,"completion_tokens":60,"total_tokens":360}}""";

	private final WireMockServer server = new WireMockServer(options().dynamicPort());

	@BeforeEach
	void start() {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void chatCompletionSendsSnakeCaseJsonWithTheKeyAndReadsTheAnswer() {
		this.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(COMPLETION)));
		OpenAiClient client = new OpenAiClient(this.server.baseUrl() + "/v1", "sk-test", Duration.ofSeconds(5));

		ChatCompletion completion = client.chatCompletion(request());

		assertThat(completion.model()).isEqualTo("llama3.2");
		assertThat(completion.choices()).singleElement().satisfies((choice) -> {
			assertThat(choice.finishReason()).isEqualTo("stop");
			assertThat(choice.message().content()).isEqualTo("{\"intent\":\"book\"}");
			assertThat(choice.message().refusal()).isNull();
		});
		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer sk-test"))
			.withHeader("Content-Type", containing("application/json"))
			.withRequestBody(matchingJsonPath("$.max_completion_tokens", equalTo("256")))
			.withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
			.withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
			.withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("reading")))
			.withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
			.withRequestBody(
					matchingJsonPath("$.response_format.json_schema.schema.additionalProperties", equalTo("false"))));
	}

	@Test
	void withoutAKeyNoAuthorizationIsSentAndATrailingSlashIsFine() {
		this.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(COMPLETION)));
		OpenAiClient client = new OpenAiClient(this.server.baseUrl() + "/v1/", null, Duration.ofSeconds(5));

		client.chatCompletion(request());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", absent())
			.withRequestBody(matchingJsonPath("$.temperature", absent())));
	}

	@Test
	void errorStatusThrowsWithStatusTypeAndCodeButNeverTheServersWording() {
		this.server.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody("""
					{"error":{"message":"Incorrect API key provided: sk-abc***xyz.","type":"invalid_request_error",
					 "param":null,"code":"invalid_api_key"}}""")));
		OpenAiClient client = new OpenAiClient(this.server.baseUrl() + "/v1", "sk-abc", Duration.ofSeconds(5));

		assertThatExceptionOfType(OpenAiException.class).isThrownBy(() -> client.chatCompletion(request()))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(401))
			.withMessage(
					"POST /v1/chat/completions answered HTTP 401, type invalid_request_error, code invalid_api_key");
	}

	@Test
	void answerThatIsNotJsonThrows() {
		this.server.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>")));
		OpenAiClient client = new OpenAiClient(this.server.baseUrl() + "/v1", "sk-test", Duration.ofSeconds(5));

		assertThatExceptionOfType(RestClientException.class).isThrownBy(() -> client.chatCompletion(request()));
	}

	@Test
	void theTimeoutBoundsTheWholeExchange() {
		this.server
			.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(COMPLETION).withFixedDelay(10_000)));
		OpenAiClient client = new OpenAiClient(this.server.baseUrl() + "/v1", "sk-test", Duration.ofMillis(500));

		long started = System.nanoTime();
		assertThatExceptionOfType(ResourceAccessException.class).isThrownBy(() -> client.chatCompletion(request()));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(this.server.countRequestsMatching(postRequestedFor(urlEqualTo("/v1/chat/completions")).build())
			.getCount()).isOne();
	}

	@Test
	void transcriptionSendsTheRecordingAsMultipart() {
		this.server
			.stubFor(post(urlEqualTo("/v1/audio/transcriptions")).willReturn(okJson("{\"text\":\" Call me. \"}")));
		OpenAiClient client = new OpenAiClient(this.server.baseUrl() + "/v1", "sk-test", Duration.ofSeconds(5));

		assertThat(client.transcription("RIFF".getBytes(), "RE1.wav", "whisper-1", "fr").text())
			.isEqualTo(" Call me. ");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
			.withHeader("Authorization", equalTo("Bearer sk-test"))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBodyPart(
					aMultipart("file").withHeader("Content-Disposition", containing("filename=\"RE1.wav\""))
						.withBody(equalTo("RIFF"))
						.build())
			.withRequestBodyPart(aMultipart("model").withBody(equalTo("whisper-1")).build())
			.withRequestBodyPart(aMultipart("language").withBody(equalTo("fr")).build()));
	}

	private static ChatCompletionRequest request() {
		Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("intent", Map.of("type", "string")),
				"required", List.of("intent"), "additionalProperties", false);
		return new ChatCompletionRequest("llama3.2", List.of(Message.system("Read."), Message.user("book me")), null,
				256, ResponseFormat.strictJsonSchema("reading", schema));
	}

}
