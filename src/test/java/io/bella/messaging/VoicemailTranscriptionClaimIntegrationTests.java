package io.bella.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

		ExecutorService instances = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> deliveries = new ArrayList<>();
		Callable<Boolean> deliver = () -> {
			try {
				this.voicemails.on(event);
				return true;
			}
			catch (Voicemails.TranscriptionHeldException ex) {
				return false;
			}
		};
		deliveries.add(instances.submit(deliver));
		deliveries.add(instances.submit(deliver));
		int completed = 0;
		for (Future<Boolean> delivery : deliveries) {
			completed += delivery.get() ? 1 : 0;
		}
		instances.shutdown();
		// redelivered later, as the retries resubmit an incomplete publication
		this.voicemails.on(event);

		assertThat(completed).isPositive();
		openAi.verify(1, postRequestedFor(urlPathEqualTo("/v1/audio/transcriptions")).withRequestBodyPart(
				aMultipart("file").withHeader("Content-Disposition", containing(recordingSid + ".wav")).build()));
		assertThat(this.requests.findById(id).orElseThrow().transcript()).isEqualTo("Please call me back.");
	}

}
