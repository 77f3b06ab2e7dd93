package io.bella.messaging;

import io.bella.system.OpenAiClient;
import io.bella.system.OpenAiClient.Transcription;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.stereotype.Component;

/**
 * Turns a recording into text through the OpenAI-compatible audio transcription API,
 * behind the {@code whisper} circuit breaker.
 */
@Component
class WhisperTranscriber {

	private final WhisperProperties properties;

	private final OpenAiClient client;

	private final CircuitBreaker breaker;

	WhisperTranscriber(WhisperProperties properties, CircuitBreakerRegistry breakers) {
		this.properties = properties;
		// the breaker and the durable retry decide about retries; the client makes none
		this.client = properties.enabled()
				? new OpenAiClient(properties.baseUrl(), properties.apiKey(), properties.timeout()) : null;
		this.breaker = breakers.circuitBreaker("whisper");
	}

	boolean enabled() {
		return this.client != null;
	}

	/**
	 * Transcribes one recording.
	 * @param audio the recording's bytes
	 * @param filename its name, whose extension tells the server the format
	 * @return the transcript, stripped; empty when nothing was said
	 * @throws IllegalStateException when transcription is off
	 */
	String transcribe(byte[] audio, String filename) {
		if (!enabled()) {
			throw new IllegalStateException("Whisper transcription is off (no OPENAI_API_KEY)");
		}
		Transcription transcription = this.breaker.executeSupplier(
				() -> this.client.transcription(audio, filename, this.properties.model(), this.properties.language()));
		if (transcription == null || transcription.text() == null) {
			throw new IllegalStateException("The transcription server answered without a text");
		}
		return transcription.text().strip();
	}

}
