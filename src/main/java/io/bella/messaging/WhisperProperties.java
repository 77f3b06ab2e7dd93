package io.bella.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The OpenAI-compatible speech-to-text server voicemails are transcribed with (OpenAI, or
 * a local server speaking the same API).
 *
 * @param baseUrl the API's base URL ({@code OPENAI_BASE_URL})
 * @param apiKey the API key ({@code OPENAI_API_KEY}); transcription is off without one
 * @param model the transcription model ({@code BELLA_WHISPER_MODEL})
 * @param language the recordings' language, ISO-639-1
 * @param timeout how long one transcription may take
 */
@ConfigurationProperties("bella.whisper")
record WhisperProperties(@DefaultValue("https://api.openai.com/v1") String baseUrl, String apiKey,
		@DefaultValue("whisper-1") String model, @DefaultValue("en") String language,
		@DefaultValue("60s") Duration timeout) {

	boolean enabled() {
		return StringUtils.hasText(this.apiKey);
	}

}
