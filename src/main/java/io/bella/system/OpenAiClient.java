package io.bella.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * The two calls Bella makes to an OpenAI-compatible API (OpenAI, Ollama, vLLM, llama.cpp
 * server): a chat completion answered in a strict JSON schema and an audio transcription.
 * Spring's {@link RestClient} with typed records instead of the official SDK, whose 79 MB
 * (with its Kotlin runtime) outweighed two calls; see {@code docs/architecture.md}, "LLM
 * client".
 * <p>
 * It never retries: the caller's circuit breaker (and, for voicemails, the durable event
 * retry) decides. The timeout bounds the whole exchange, from connecting to the last byte
 * of the answer. An answer with an error status throws {@link OpenAiException}; a server
 * that cannot be reached, or does not answer in time, throws Spring's
 * {@code ResourceAccessException}; an answer that is not the expected JSON throws
 * Spring's {@code RestClientException}.
 */
public final class OpenAiClient {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RestClient rest;

	/**
	 * Create a client.
	 * @param baseUrl the API's base URL, ending in {@code /v1}, for example
	 * {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
	 * @param apiKey the key sent as {@code Authorization: Bearer}; none is sent without
	 * one (local servers)
	 * @param timeout how long one exchange may take, connecting included
	 */
	public OpenAiClient(String baseUrl, String apiKey, Duration timeout) {
		String base = StringUtils.trimTrailingCharacter(baseUrl.strip(), '/');
		RestClient.Builder builder = RestClient.builder()
			.baseUrl(base)
			// a redirect is an error: the key must not follow a POST to wherever it
			// points
			.requestFactory(new RemoteApiRequestFactory(base, timeout, timeout))
			// a length rather than chunks: not every local server reads a chunked request
			.bufferContent((uri, method) -> true)
			.configureMessageConverters((converters) -> converters.registerDefaults()
				.withJsonConverter(new JacksonJsonHttpMessageConverter(JSON)))
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				throw OpenAiException.of(request.getMethod() + " " + request.getURI().getPath(), response);
			});
		if (StringUtils.hasText(apiKey)) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey.strip());
		}
		this.rest = builder.build();
	}

	/**
	 * Asks for a chat completion ({@code POST /chat/completions}).
	 * @param request the model, messages and response format
	 * @return the completion; {@code null} when the server answered without a body
	 */
	public ChatCompletion chatCompletion(ChatCompletionRequest request) {
		return this.rest.post()
			.uri("/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.body(ChatCompletion.class);
	}

	/**
	 * Transcribes a recording ({@code POST /audio/transcriptions}, multipart).
	 * @param audio the recording's bytes
	 * @param filename its name, whose extension tells the server the format
	 * @param model the transcription model, for example {@code whisper-1}
	 * @param language the recording's language, ISO-639-1; {@code null} lets the server
	 * guess
	 * @return the transcription; {@code null} when the server answered without a body
	 */
	public Transcription transcription(byte[] audio, String filename, String model, String language) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new NamedBytes(audio, filename));
		parts.add("model", model);
		if (StringUtils.hasText(language)) {
			parts.add("language", language);
		}
		return this.rest.post()
			.uri("/audio/transcriptions")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.accept(MediaType.APPLICATION_JSON)
			.body(parts)
			.retrieve()
			.body(Transcription.class);
	}

	/**
	 * A request for a chat completion; {@code null} fields are left out.
	 *
	 * @param model the chat model
	 * @param messages the conversation so far
	 * @param temperature the sampling temperature
	 * @param maxCompletionTokens the most tokens the answer may take
	 * @param responseFormat the shape the answer must take
	 */
	public record ChatCompletionRequest(String model, List<Message> messages, Double temperature,
			Integer maxCompletionTokens, ResponseFormat responseFormat) {
	}

	/**
	 * One message of a conversation.
	 *
	 * @param role {@code system}, {@code user} or {@code assistant}
	 * @param content its text
	 */
	public record Message(String role, String content) {

		public static Message system(String content) {
			return new Message("system", content);
		}

		public static Message user(String content) {
			return new Message("user", content);
		}

	}

	/**
	 * The shape a chat completion's answer must take.
	 *
	 * @param type {@code json_schema}
	 * @param jsonSchema the schema
	 */
	public record ResponseFormat(String type, JsonSchema jsonSchema) {

		/**
		 * An answer that must be a JSON object following the schema exactly.
		 * @param name the schema's name
		 * @param schema the JSON schema, as maps and lists
		 * @return {@code {type: json_schema, json_schema: {name, strict: true, schema}}}
		 */
		public static ResponseFormat strictJsonSchema(String name, Map<String, Object> schema) {
			return new ResponseFormat("json_schema", new JsonSchema(name, true, schema));
		}

	}

	/**
	 * A named JSON schema for structured output.
	 *
	 * @param name the schema's name
	 * @param strict whether the answer must follow it exactly
	 * @param schema the JSON schema, as maps and lists
	 */
	public record JsonSchema(String name, Boolean strict, Map<String, Object> schema) {
	}

	/**
	 * A chat completion; fields Bella does not read are ignored.
	 *
	 * @param id the completion's id
	 * @param model the model that answered
	 * @param choices the answers, usually one
	 * @param usage the tokens charged for it; {@code null} when the server does not say
	 */
	public record ChatCompletion(String id, String model, List<Choice> choices, Usage usage) {

		public ChatCompletion(String id, String model, List<Choice> choices) {
			this(id, model, choices, null);
		}

	}

	/**
	 * The tokens a completion was charged for.
	 *
	 * @param promptTokens the request's tokens
	 * @param completionTokens the answer's tokens
	 * @param totalTokens both
	 */
	public record Usage(Long promptTokens, Long completionTokens, Long totalTokens) {
	}

	/**
	 * One answer of a chat completion.
	 *
	 * @param index its position
	 * @param message what the model said
	 * @param finishReason why it stopped: {@code stop}, {@code length}, …
	 */
	public record Choice(Integer index, AssistantMessage message, String finishReason) {
	}

	/**
	 * What the model said.
	 *
	 * @param role {@code assistant}
	 * @param content the answer's text; {@code null} when it refused
	 * @param refusal why it refused to answer, if it did
	 */
	public record AssistantMessage(String role, String content, String refusal) {
	}

	/**
	 * A transcription.
	 *
	 * @param text what was said
	 */
	public record Transcription(String text) {
	}

	/**
	 * The server answered with an error status. The message names the status and the
	 * error's type and code, never the server's own wording, which may quote the request
	 * or part of the key.
	 */
	public static final class OpenAiException extends RuntimeException {

		private final int statusCode;

		private OpenAiException(String message, int statusCode) {
			super(message);
			this.statusCode = statusCode;
		}

		/**
		 * The HTTP status the server answered with.
		 */
		public int statusCode() {
			return this.statusCode;
		}

		static OpenAiException of(String call, ClientHttpResponse response) throws IOException {
			int status = response.getStatusCode().value();
			StringBuilder message = new StringBuilder(call).append(" answered HTTP ").append(status);
			ErrorBody body = errorBody(response);
			if (body != null && body.error() != null) {
				appendIfPresent(message, "type", body.error().type());
				appendIfPresent(message, "code", body.error().code());
			}
			return new OpenAiException(message.toString(), status);
		}

		private static ErrorBody errorBody(ClientHttpResponse response) {
			try {
				return JSON.readValue(response.getBody().readNBytes(16 * 1024), ErrorBody.class);
			}
			catch (IOException | RuntimeException ex) {
				// not the usual {"error": {...}}: the status says enough
				return null;
			}
		}

		private static void appendIfPresent(StringBuilder message, String name, Object value) {
			if (value != null && value.toString().matches("[\\w.-]{1,64}")) {
				message.append(", ").append(name).append(' ').append(value);
			}
		}

	}

	record ErrorBody(Detail error) {

		record Detail(Object type, Object code) {
		}

	}

	/**
	 * A file part: its name tells the server the audio format.
	 */
	private static final class NamedBytes extends ByteArrayResource {

		private final String filename;

		NamedBytes(byte[] bytes, String filename) {
			super(bytes);
			this.filename = filename;
		}

		@Override
		public String getFilename() {
			return this.filename;
		}

	}

}
