package io.bella.messaging;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.FakeRemoteSystems;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.voice.TwilioWebhookSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestConstructor;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whisper costs money: the same voicemail delivered to two instances at once (two
 * threads) and once more afterwards is transcribed once.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class VoicemailTranscriptionClaimIntegrationTests {

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	static final WireMockServer openAi = FakeRemoteSystems.openAi();

	private final Voicemails voicemails;

	private final CallbackRequests requests;

	VoicemailTranscriptionClaimIntegrationTests(Voicemails voicemails, CallbackRequests requests) {
		this.voicemails = voicemails;
		this.requests = requests;
	}

	@BeforeEach
	void reset() {
		twilio.resetAll();
		openAi.resetAll();
	}

	@Test
	void voicemailDeliveredTwiceAtOnceAndAgainIsTranscribedOnce() throws Exception {
		String recordingSid = TwilioWebhookSigner.sid("RE");
		twilio.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + FakeRemoteSystems.TWILIO_ACCOUNT_SID
				+ "/Recordings/" + recordingSid + ".wav"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/x-wav").withBody("RIFF")));
		// slow enough for the two deliveries to overlap
		openAi.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"text\": \"Please call me back.\"}")
			.withFixedDelay(1500)));
		long id = this.requests.insert(TwilioWebhookSigner.sid("CA"), "+14165550177", recordingSid, null, 9, null,
				Instant.now());
		VoicemailRecorded event = new VoicemailRecorded(id, recordingSid);

		// the listener is asynchronous: three deliveries at once, as two instances and a
		// resubmission would make them
		this.voicemails.on(event);
		this.voicemails.on(event);
		this.voicemails.on(event);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.requests.findById(id).orElseThrow().transcript())
				.isEqualTo("Please call me back."));
		// delivered again once transcribed
		this.voicemails.on(event);
		openAi.verify(1, postRequestedFor(urlPathEqualTo("/v1/audio/transcriptions")).withRequestBodyPart(
				aMultipart("file").withHeader("Content-Disposition", containing(recordingSid + ".wav")).build()));
	}

}
