package io.bella.messaging;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.MultipartField;
import com.openai.models.audio.transcriptions.TranscriptionCreateParams;
import com.openai.models.audio.transcriptions.TranscriptionCreateResponse;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Turns a recording into text through the OpenAI-compatible audio transcription API,
 * behind the {@code whisper} circuit breaker.
 */
@Component
class WhisperTranscriber implements DisposableBean {

	private final WhisperProperties properties;

	private final OpenAIClient client;

	private final CircuitBreaker breaker;

	WhisperTranscriber(WhisperProperties properties, CircuitBreakerRegistry breakers) {
		this.properties = properties;
		// the breaker and the durable retry decide about retries, not the client
		this.client = properties.enabled() ? OpenAIOkHttpClient.builder()
			.baseUrl(properties.baseUrl())
			.apiKey(properties.apiKey())
			.timeout(properties.timeout())
			.maxRetries(0)
			.build() : null;
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
		TranscriptionCreateParams params = TranscriptionCreateParams.builder()
			.file(MultipartField.<InputStream>builder()
				.value(new ByteArrayInputStream(audio))
				.filename(filename)
				.build())
			.model(this.properties.model())
			.language(this.properties.language())
			.build();
		TranscriptionCreateResponse response = this.breaker
			.executeSupplier(() -> this.client.audio().transcriptions().create(params));
		return response.asTranscription().text().strip();
	}

	@Override
	public void destroy() {
		if (this.client != null) {
			this.client.close();
		}
	}

}
