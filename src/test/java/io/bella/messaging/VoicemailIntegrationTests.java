package io.bella.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import io.bella.BellaIntegrationTest;
import io.bella.FakeRemoteSystems;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.voice.TwilioWebhookSigner;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Voicemail end to end over real HTTP: Twilio's recording callback in, the recording
 * fetched from a fake Twilio and transcribed by a fake OpenAI audio API, the callback
 * request read through the staff API, on PostgreSQL.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class VoicemailIntegrationTests {

	static final String ACCOUNT_SID = FakeRemoteSystems.TWILIO_ACCOUNT_SID;

	static final String AUTH_TOKEN = BellaIntegrationTest.TWILIO_AUTH_TOKEN;

	static final String API_KEY = BellaIntegrationTest.API_KEY;

	static final byte[] AUDIO = "RIFF....WAVEfmt fake audio".getBytes();

	static final WireMockServer twilio = FakeRemoteSystems.twilio();

	static final WireMockServer openAi = FakeRemoteSystems.openAi();

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json;

	private final CircuitBreakerRegistry breakers;

	private final MessagesTaken messagesTaken = new MessagesTaken();

	private final JdbcClient jdbc;

	private final ConfigurableApplicationContext context;

	VoicemailIntegrationTests(JsonMapper json, CircuitBreakerRegistry breakers, JdbcClient jdbc,
			ConfigurableApplicationContext context) {
		this.json = json;
		this.breakers = breakers;
		this.jdbc = jdbc;
		this.context = context;
	}

	@BeforeEach
	void reset() {
		twilio.resetAll();
		openAi.resetAll();
		this.breakers.circuitBreaker("whisper").reset();
		this.breakers.circuitBreaker("twilio").reset();
		this.context.addApplicationListener(this.messagesTaken);
	}

	@AfterEach
	void stopListening() {
		this.context.removeApplicationListener(this.messagesTaken);
	}

	@Test
	void transcribedVoicemailBecomesOpenCallbackRequest() throws Exception {
		String callSid = TwilioWebhookSigner.sid("CA");
		String recordingSid = TwilioWebhookSigner.sid("RE");
		stubRecording(recordingSid);
		stubCaller(callSid, "+14165550123");
		openAi.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions"))
			.willReturn(okJson("{\"text\": \" Hi, this is Jane Doe. Please call me back about my cleaning. \"}")));

		HttpResponse<String> response = postRecording(callSid, recordingSid, "completed");

		assertThat(response.statusCode()).isEqualTo(204);
		JsonNode callback = awaitTranscript(recordingSid);
		assertThat(callback.get("transcript").asString())
			.isEqualTo("Hi, this is Jane Doe. Please call me back about my cleaning.");
		assertThat(callback.get("status").asString()).isEqualTo("open");
		assertThat(callback.get("call_sid").asString()).isEqualTo(callSid);
		assertThat(callback.get("caller").asString()).isEqualTo("+14165550123");
		assertThat(callback.get("duration_sec").asInt()).isEqualTo(14);
		twilio.verify(getRequestedFor(
				urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".wav"))
			.withBasicAuth(new BasicCredentials(ACCOUNT_SID, AUTH_TOKEN)));
		openAi.verify(postRequestedFor(urlPathEqualTo("/v1/audio/transcriptions"))
			.withHeader("Authorization", equalTo("Bearer " + FakeRemoteSystems.OPENAI_API_KEY))
			.withRequestBodyPart(aMultipart("model").withBody(equalTo("whisper-1")).build())
			.withRequestBodyPart(
					aMultipart("file").withHeader("Content-Disposition", containing(recordingSid + ".wav")).build()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.messagesTaken.events).anySatisfy((event) -> {
				assertThat(event.recordingSid()).isEqualTo(recordingSid);
				assertThat(event.transcribed()).isTrue();
				assertThat(event.callbackRequestId()).isEqualTo(callback.get("id").asLong());
			}));
	}

	@Test
	void whisperFailureKeepsRecordingWithTranscriptUnavailable() throws Exception {
		String callSid = TwilioWebhookSigner.sid("CA");
		String recordingSid = TwilioWebhookSigner.sid("RE");
		stubRecording(recordingSid);
		stubCaller(callSid, "+14165550123");
		openAi.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions")).willReturn(serverError()));

		assertThat(postRecording(callSid, recordingSid, "completed").statusCode()).isEqualTo(204);

		JsonNode callback = awaitTranscript(recordingSid);
		assertThat(callback.get("transcript").asString()).isEqualTo(CallbackRequest.TRANSCRIPTION_UNAVAILABLE);
		assertThat(callback.get("recording_url").asString()).endsWith("/Recordings/" + recordingSid);
		assertThat(callback.get("status").asString()).isEqualTo("open");
	}

	@Test
	void whisperBreakerOpensAfterRepeatedFailuresAndStopsCallingIt() throws Exception {
		openAi.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions")).willReturn(serverError()));
		for (int i = 0; i < 3; i++) {
			String recordingSid = TwilioWebhookSigner.sid("RE");
			String callSid = TwilioWebhookSigner.sid("CA");
			stubRecording(recordingSid);
			stubCaller(callSid, "+14165550123");
			postRecording(callSid, recordingSid, "completed");
			awaitTranscript(recordingSid);
		}
		assertThat(this.breakers.circuitBreaker("whisper").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		int calls = openAi.findAll(postRequestedFor(urlPathEqualTo("/v1/audio/transcriptions"))).size();

		String recordingSid = TwilioWebhookSigner.sid("RE");
		String callSid = TwilioWebhookSigner.sid("CA");
		stubRecording(recordingSid);
		stubCaller(callSid, "+14165550123");
		postRecording(callSid, recordingSid, "completed");

		JsonNode callback = awaitTranscript(recordingSid);
		assertThat(callback.get("transcript").asString()).isEqualTo(CallbackRequest.TRANSCRIPTION_UNAVAILABLE);
		assertThat(openAi.findAll(postRequestedFor(urlPathEqualTo("/v1/audio/transcriptions")))).hasSize(calls);
	}

	@Test
	void sameCallbackDeliveredTwiceStoresOneRequest() throws Exception {
		String callSid = TwilioWebhookSigner.sid("CA");
		String recordingSid = TwilioWebhookSigner.sid("RE");
		stubRecording(recordingSid);
		stubCaller(callSid, "+14165550123");
		openAi.stubFor(post(urlPathEqualTo("/v1/audio/transcriptions")).willReturn(okJson("{\"text\": \"Call me.\"}")));

		assertThat(postRecording(callSid, recordingSid, "completed").statusCode()).isEqualTo(204);
		assertThat(postRecording(callSid, recordingSid, "completed").statusCode()).isEqualTo(204);

		awaitTranscript(recordingSid);
		assertThat(callbacks().stream().filter((node) -> node.get("recording_sid").asString().equals(recordingSid)))
			.hasSize(1);
	}

	@Test
	void absentRecordingStillAsksForCallbackWithoutDownloading() throws Exception {
		String callSid = TwilioWebhookSigner.sid("CA");
		String recordingSid = TwilioWebhookSigner.sid("RE");
		stubCaller(callSid, "anonymous");

		assertThat(postRecording(callSid, recordingSid, "absent").statusCode()).isEqualTo(204);

		JsonNode callback = awaitTranscript(recordingSid);
		assertThat(callback.get("transcript").asString()).isEqualTo(CallbackRequest.NO_MESSAGE);
		assertThat(callback.get("caller").asString()).isEqualTo("anonymous");
		twilio.verify(0, getRequestedFor(
				urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".wav")));
	}

	@Test
	void recordActionWhileCallerIsOnTheLineSaysGoodbye() throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", ACCOUNT_SID);
		params.put("CallSid", TwilioWebhookSigner.sid("CA"));
		params.put("From", "+14165550123");
		params.put("To", "+14165550100");
		params.put("RecordingSid", TwilioWebhookSigner.sid("RE"));
		params.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/x");
		params.put("RecordingDuration", "9");
		params.put("Digits", "hangup");

		HttpResponse<String> response = postSigned("/twilio/recording", params);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/xml"));
		assertThat(response.body()).contains("<Say>" + RecordingCallbackController.GOODBYE + "</Say>")
			.contains("<Hangup/>");
		assertThat(find(params.get("RecordingSid"))).isNull();
	}

	@Test
	void callerIsTakenFromTheCallRecordWithoutAskingTwilio() throws Exception {
		String callSid = TwilioWebhookSigner.sid("CA");
		String recordingSid = TwilioWebhookSigner.sid("RE");
		Map<String, String> call = new LinkedHashMap<>();
		call.put("AccountSid", ACCOUNT_SID);
		call.put("CallSid", callSid);
		call.put("From", "+14165550177");
		call.put("To", "+14165550100");
		call.put("CallStatus", "ringing");
		call.put("Direction", "inbound");
		call.put("ApiVersion", "2010-04-01");
		assertThat(postSigned("/twilio/voice", call).statusCode()).isEqualTo(200);

		assertThat(postRecording(callSid, recordingSid, "absent").statusCode()).isEqualTo(204);

		JsonNode callback = awaitTranscript(recordingSid);
		assertThat(callback.get("caller").asString()).isEqualTo("+14165550177");
		twilio.verify(0,
				getRequestedFor(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + callSid + ".json")));
	}

	@Test
	void callbackWithoutSidsIsAcknowledgedAndStoresNothing() throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", ACCOUNT_SID);
		params.put("RecordingStatus", "completed");
		params.put("SomethingNew", "accepted");
		long before = callbackRequests();

		HttpResponse<String> response = postSigned("/twilio/recording", params);

		assertThat(response.statusCode()).isEqualTo(204);
		assertThat(callbackRequests()).isEqualTo(before);
	}

	private long callbackRequests() {
		return this.jdbc.sql("SELECT COUNT(*) FROM callback_request").query(Long.class).single();
	}

	@Test
	void staffListOpenRequestsFirstAndMarkThemDone() throws Exception {
		String first = TwilioWebhookSigner.sid("RE");
		String second = TwilioWebhookSigner.sid("RE");
		for (String recordingSid : List.of(first, second)) {
			String callSid = TwilioWebhookSigner.sid("CA");
			stubCaller(callSid, "+14165550123");
			postRecording(callSid, recordingSid, "absent");
			awaitTranscript(recordingSid);
		}
		long firstId = find(first).get("id").asLong();

		HttpResponse<String> done = http(HttpRequest.newBuilder(uri("/api/callbacks/" + firstId + "/done"))
			.header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(done.body()).get("status").asString()).isEqualTo("done");
		// with the clinic's offset, as every timestamp of the API
		OffsetDateTime doneAt = OffsetDateTime.parse(this.json.readTree(done.body()).get("done_at").asString());
		assertThat(doneAt.getOffset()).isEqualTo(ZoneId.of("America/Toronto").getRules().getOffset(doneAt.toInstant()));
		List<JsonNode> all = callbacks();
		int lastOpen = -1;
		int firstDone = all.size();
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).get("status").asString().equals("open")) {
				lastOpen = i;
			}
			else {
				firstDone = Math.min(firstDone, i);
			}
		}
		assertThat(lastOpen).isLessThan(firstDone);
		assertThat(find(second).get("status").asString()).isEqualTo("open");
		assertThat(find(second).get("done_at").isNull()).isTrue();
	}

	@Test
	void staffApiNeedsTheKeyAndAnswersUnknownIdsWithNotFound() throws Exception {
		assertThat(http(HttpRequest.newBuilder(uri("/api/callbacks")).GET()).statusCode()).isEqualTo(401);

		HttpResponse<String> missing = http(HttpRequest.newBuilder(uri("/api/callbacks/987654/done"))
			.header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("987654");
	}

	private void stubRecording(String recordingSid) {
		twilio
			.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".wav"))
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/x-wav").withBody(AUDIO)));
	}

	private void stubCaller(String callSid, String from) {
		twilio.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + callSid + ".json"))
			.willReturn(okJson("{\"sid\": \"" + callSid + "\", \"account_sid\": \"" + ACCOUNT_SID + "\", \"from\": \""
					+ from + "\", \"to\": \"+14165550100\", \"status\": \"completed\"}")));
	}

	private HttpResponse<String> postRecording(String callSid, String recordingSid, String status) throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("AccountSid", ACCOUNT_SID);
		params.put("CallSid", callSid);
		params.put("RecordingSid", recordingSid);
		params.put("RecordingUrl",
				"https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid);
		params.put("RecordingStatus", status);
		params.put("RecordingDuration", "14");
		params.put("RecordingChannels", "1");
		params.put("RecordingSource", "RecordVerb");
		return postSigned("/twilio/recording", params);
	}

	private HttpResponse<String> postSigned(String path, Map<String, String> params) throws Exception {
		String url = "http://localhost:" + this.port + path;
		return http(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", TwilioWebhookSigner.signature(AUTH_TOKEN, url, params))
			.POST(HttpRequest.BodyPublishers.ofString(TwilioWebhookSigner.form(params))));
	}

	private JsonNode awaitTranscript(String recordingSid) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> find(recordingSid),
					(node) -> node != null && !node.get("transcript").isNull() && !node.get("caller").isNull());
	}

	private JsonNode find(String recordingSid) throws Exception {
		return callbacks().stream()
			.filter((node) -> node.get("recording_sid").asString().equals(recordingSid))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Every callback request, page after page.
	 */
	private List<JsonNode> callbacks() throws Exception {
		List<JsonNode> nodes = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			HttpResponse<String> response = http(HttpRequest.newBuilder(uri("/api/callbacks?size=200&page=" + page))
				.header("X-API-Key", API_KEY)
				.GET());
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode body = this.json.readTree(response.body());
			body.get("items").forEach(nodes::add);
			if (body.get("items").isEmpty() || nodes.size() >= body.get("total").asLong()) {
				return nodes;
			}
		}
	}

	private HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/**
	 * The messages taken while a test runs: a listener added to the shared context for
	 * the test, rather than a bean that would give this class a context of its own.
	 */
	static class MessagesTaken implements ApplicationListener<PayloadApplicationEvent<MessageTaken>> {

		final List<MessageTaken> events = new CopyOnWriteArrayList<>();

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<MessageTaken> event) {
			this.events.add(event.getPayload());
		}

	}

}
