package io.bella.extraction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The OpenAI-compatible language model (OpenAI, Ollama, vLLM, llama.cpp server) Bella may
 * ask to read an utterance.
 *
 * @param baseUrl the API's base URL, ending in {@code /v1}
 * @param apiKey the API key; without one the model is never called
 * @param model the chat model
 * @param timeout how long a caller may wait for the model, at most 3 seconds
 * @param practice the kind of practice the model is told it answers for
 * ({@code BELLA_PRACTICE}), for example "dental clinic" or "physiotherapy clinic"
 */
@ConfigurationProperties("bella.llm")
public record LlmProperties(@DefaultValue("https://api.openai.com/v1") String baseUrl, String apiKey,
		@DefaultValue("gpt-4o-mini") String model, @DefaultValue("1000ms") Duration timeout,
		@DefaultValue("dental clinic") String practice) {

	static final Duration MAXIMUM_TIMEOUT = Duration.ofSeconds(3);

	public LlmProperties {
		if (!StringUtils.hasText(practice)) {
			practice = "clinic";
		}
		if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAXIMUM_TIMEOUT) > 0) {
			// a caller on the phone hears silence while the model thinks
			throw new IllegalArgumentException("bella.llm.timeout must be more than 0 and at most 3s, was " + timeout);
		}
	}

	/**
	 * Whether a model can be asked at all.
	 */
	public boolean enabled() {
		return StringUtils.hasText(this.apiKey);
	}

}
