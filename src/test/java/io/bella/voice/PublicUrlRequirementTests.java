package io.bella.voice;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PublicUrlRequirementTests {

	@Test
	void productionWithTwilioSignaturesNeedsThePublicUrl() {
		MockEnvironment production = new MockEnvironment().withProperty("DATABASE_URL", "postgres://db/bella");
		assertThat(VoiceConfiguration.publicUrlRequired(twilio("token", true, null), "", production)).isTrue();
		assertThat(VoiceConfiguration.publicUrlRequired(twilio("token", true, null), "https://bella.example.com",
				production))
			.isFalse();
		assertThat(VoiceConfiguration.publicUrlRequired(twilio("token", true, false), "", production)).isFalse();
		assertThat(VoiceConfiguration.publicUrlRequired(twilio("token", false, null), "", production)).isFalse();
		assertThat(VoiceConfiguration.publicUrlRequired(twilio("", true, null), "", production)).isFalse();
	}

	@Test
	void embeddedDefaultRunsTheSimulatorWithoutIt() {
		MockEnvironment local = new MockEnvironment();
		assertThat(VoiceConfiguration.publicUrlRequired(twilio("dev-token", true, null), "", local)).isFalse();
		assertThat(VoiceConfiguration.publicUrlRequired(twilio("dev-token", true, true), "", local)).isTrue();
	}

	@Test
	void failedStartUpSaysWhichVariableToSetInOneLine() {
		PublicUrlMissingException failure = new PublicUrlMissingException();
		FailureAnalysis analysis = new PublicUrlMissingFailureAnalyzer().analyze(new IllegalStateException(failure));
		assertThat(analysis.getDescription()).contains("BELLA_PUBLIC_URL").doesNotContain("\n");
		assertThat(analysis.getAction()).contains("BELLA_PUBLIC_URL");
	}

	private static TwilioProperties twilio(String token, boolean validation, Boolean requirePublicUrl) {
		return new TwilioProperties("AC0", token, "", validation, requirePublicUrl, Duration.ofSeconds(2));
	}

}
