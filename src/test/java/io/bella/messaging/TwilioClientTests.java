package io.bella.messaging;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bella's Twilio client against a fake Twilio: the requests are those the Twilio SDK sent
 * for the same calls (paths, form, query, Basic authentication), and Twilio's answers,
 * errors and silences come back as Bella's types.
 */
class TwilioClientTests {

	static final String ACCOUNT_SID = "AC" + "0123456789abcdef0123456789abcdef";

	static final String ACCOUNT = "/2010-04-01/Accounts/" + ACCOUNT_SID;

	static final String MESSAGES = ACCOUNT + "/Messages.json";

	static final String SMS_SID = "SM" + "0123456789abcdef0123456789abcdef";

	static final String CALL_SID = "CA" + "0123456789abcdef0123456789abcdef";

	static final String RECORDING_SID = "RE" + "0123456789abcdef0123456789abcdef";

	@RegisterExtension
	static final WireMockExtension twilio = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private TwilioClient client;

	@BeforeEach
	void setUp() {
		this.client = FakeTwilioClients.pointingAt(twilio.baseUrl(), ACCOUNT_SID, "secret-token");
	}

	@Test
	void createsAMessageFromAFormWithBasicAuthAndReadsItsSid() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"" + SMS_SID + "\", \"to\": \"+14165550123\", \"status\": \"queued\", "
					+ "\"num_segments\": \"1\", \"price\": null}")));

		TwilioClient.Message message = this.client.createMessage(
				new TwilioClient.OutgoingMessage("+14165550123", "+14165550100", "Héllo & <b> \"q\" €\nline2 +%=",
						URI.create("https://bella.example.com/twilio/sms-status?text=0b6c6a2e")));

		assertThat(message.sid()).isEqualTo(SMS_SID);
		assertThat(message.status()).isEqualTo("queued");
		assertThat(message.price()).isNull();
		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
			.withBasicAuth(new BasicCredentials(ACCOUNT_SID, "secret-token"))
			.withHeader("Content-Type", equalToIgnoreCase("application/x-www-form-urlencoded;charset=UTF-8"))
			.withHeader("Accept", equalTo("application/json"))
			.withFormParam("To", equalTo("+14165550123"))
			.withFormParam("From", equalTo("+14165550100"))
			.withFormParam("Body", equalTo("Héllo & <b> \"q\" €\nline2 +%="))
			.withFormParam("StatusCallback", equalTo("https://bella.example.com/twilio/sms-status?text=0b6c6a2e")));
		// as the SDK encoded them: a plus must not reach Twilio as a space
		assertThat(only().getBodyAsString()).contains("To=%2B14165550123", "From=%2B14165550100",
				"Body=H%C3%A9llo+%26+%3Cb%3E+%22q%22+%E2%82%AC%0Aline2+%2B%25%3D",
				"StatusCallback=https%3A%2F%2Fbella.example.com%2Ftwilio%2Fsms-status%3Ftext%3D0b6c6a2e");
		assertThat(only().getHeader("Content-Length")).isNotNull();
	}

	@Test
	void aMessageWithoutStatusCallbackTellsTwilioNone() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson("{\"sid\": \"" + SMS_SID + "\"}")));

		this.client.createMessage(new TwilioClient.OutgoingMessage("+14165550123", "+14165550100", "Hi", null));

		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("StatusCallback", absent()));
	}

	@Test
	void listsMessagesWithTheSdksQueryAndStopsAtTheLimit() {
		twilio.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(
				okJson("""
						{"messages": [{"sid": "SM1", "body": "one"}, {"sid": "SM2", "body": "two"}, {"sid": "SM3", "body": "x"}],
						 "next_page_uri": "%s?PageSize=2&Page=1&PageToken=PASM3", "page": 0, "page_size": 2}"""
					.formatted(MESSAGES))));

		List<TwilioClient.Message> messages = this.client.messages("+14165550123", "+14165550100",
				Instant.parse("2026-03-09T14:00:00.999Z"), 2);

		assertThat(messages).extracting(TwilioClient.Message::body).containsExactly("one", "two");
		// the SDK's request, byte for byte: the limit as page size, the time to the
		// second
		assertThat(only().getUrl()).isEqualTo(
				MESSAGES + "?PageSize=2&DateSent%3E=2026-03-09T14%3A00%3A00&To=%2B14165550123&From=%2B14165550100");
		twilio.verify(getRequestedFor(urlPathEqualTo(MESSAGES))
			.withBasicAuth(new BasicCredentials(ACCOUNT_SID, "secret-token")));
	}

	@Test
	void listsRecordingsPageAfterPageUpToTheLimit() {
		String recordings = ACCOUNT + "/Recordings.json";
		twilio.stubFor(get(urlPathEqualTo(recordings)).withQueryParam("Page", absent()).willReturn(okJson("""
				{"recordings": [{"sid": "RE1", "call_sid": "CA1", "source": "RecordVerb", "status": "completed",
				  "duration": "14", "channels": 1}],
				 "next_page_uri": "%s?PageSize=100&Page=1&PageToken=PARE1"}""".formatted(recordings))));
		twilio.stubFor(get(urlPathEqualTo(recordings)).withQueryParam("Page", equalTo("1")).willReturn(okJson("""
				{"recordings": [{"sid": "RE2", "call_sid": null, "source": "DialVerb", "status": "absent",
				  "duration": -1}, {"sid": "RE3"}],
				 "next_page_uri": "%s?PageSize=100&Page=2&PageToken=PARE3"}""".formatted(recordings))));

		List<TwilioClient.Recording> listed = this.client.recordings(Instant.parse("2026-03-09T14:00:00Z"), 2);

		assertThat(listed).containsExactly(new TwilioClient.Recording("RE1", "CA1", "RecordVerb", "completed", "14"),
				new TwilioClient.Recording("RE2", null, "DialVerb", "absent", "-1"));
		List<LoggedRequest> requests = twilio.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).extracting(LoggedRequest::getUrl)
			.containsExactly(recordings + "?PageSize=2&DateCreated%3E=2026-03-09T14%3A00%3A00",
					recordings + "?PageSize=100&Page=1&PageToken=PARE1");
		assertThat(requests)
			.allSatisfy((request) -> assertThat(request.getHeader("Authorization")).startsWith("Basic "));
	}

	@Test
	void fetchesACallAndAMessageForTheirCallerAndPrice() {
		twilio.stubFor(get(urlPathEqualTo(ACCOUNT + "/Calls/" + CALL_SID + ".json")).willReturn(okJson("""
				{"sid": "%s", "from": "+14165550177", "to": "+14165550100", "status": "completed", "duration": "175",
				 "price": "-0.01400", "price_unit": "USD"}""".formatted(CALL_SID))));
		twilio.stubFor(get(urlPathEqualTo(ACCOUNT + "/Messages/" + SMS_SID + ".json")).willReturn(okJson("""
				{"sid": "%s", "num_segments": 2, "price": "-0.00790", "price_unit": "EUR"}""".formatted(SMS_SID))));

		assertThat(this.client.call(CALL_SID)).isEqualTo(
				new TwilioClient.Call(CALL_SID, "+14165550177", "+14165550100", "completed", "175", "-0.01400", "USD"));
		TwilioClient.Message message = this.client.message(SMS_SID);
		assertThat(message.numSegments()).isEqualTo("2");
		assertThat(message.price()).isEqualTo("-0.00790");
		assertThat(message.priceUnit()).isEqualTo("EUR");
	}

	@Test
	void downloadsARecordingAsWav() {
		String wav = ACCOUNT + "/Recordings/" + RECORDING_SID + ".wav";
		twilio.stubFor(get(urlPathEqualTo(wav))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/x-wav").withBody("RIFF")));

		assertThat(this.client.recordingWav(RECORDING_SID)).asString().isEqualTo("RIFF");
		twilio.verify(
				getRequestedFor(urlPathEqualTo(wav)).withBasicAuth(new BasicCredentials(ACCOUNT_SID, "secret-token")));
	}

	@Test
	void twiliosErrorDocumentGivesStatusAndCodeButNotItsWording() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 21211, \"message\": \"The 'To' number +14165550123 is not a valid phone number.\", "
					+ "\"more_info\": \"https://www.twilio.com/docs/errors/21211\", \"status\": 400}")));

		TwilioApiException refused = catchThrowableOfType(TwilioApiException.class, () -> this.client
			.createMessage(new TwilioClient.OutgoingMessage("+14165550123", "+14165550100", "Hi", null)));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo(21211);
		assertThat(refused).hasMessage("POST Messages.json answered HTTP 400, Twilio error 21211");
	}

	@Test
	void anErrorThatIsNotTwiliosOwnHasItsStatusAndNoCode() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/html").withBody("<h1>No</h1>")));

		TwilioApiException refused = catchThrowableOfType(TwilioApiException.class, () -> this.client
			.createMessage(new TwilioClient.OutgoingMessage("+14165550123", "+14165550100", "Hi", null)));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isNull();
	}

	@Test
	void aCreateTwilioFailedIsNotRepeated() {
		twilio.stubFor(
				post(urlPathEqualTo(MESSAGES)).willReturn(serverError().withHeader("Content-Type", "application/json")
					.withBody("{\"code\": 20500, \"message\": \"Internal error\", \"status\": 500}")));

		TwilioApiException failed = catchThrowableOfType(TwilioApiException.class, () -> this.client
			.createMessage(new TwilioClient.OutgoingMessage("+14165550123", "+14165550100", "Hi", null)));

		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.code()).isEqualTo(20500);
		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void aReadTwilioFailedIsMadeAgainUpToThreeTimes() {
		String call = ACCOUNT + "/Calls/" + CALL_SID + ".json";
		twilio.stubFor(get(urlPathEqualTo(call)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		twilio.stubFor(get(urlPathEqualTo(call)).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"sid\": \"" + CALL_SID + "\", \"from\": \"+14165550177\"}")));

		assertThat(this.client.call(CALL_SID).from()).isEqualTo("+14165550177");
		twilio.verify(2, getRequestedFor(urlPathEqualTo(call)));

		twilio.resetAll();
		twilio.stubFor(get(urlPathEqualTo(call)).willReturn(aResponse().withStatus(502)));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.call(CALL_SID))
			.satisfies((failed) -> assertThat(failed.status()).isEqualTo(502));
		twilio.verify(3, getRequestedFor(urlPathEqualTo(call)));

		twilio.resetAll();
		twilio.stubFor(get(urlPathEqualTo(call)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20404, \"message\": \"not found\", \"status\": 404}")));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.call(CALL_SID))
			.satisfies((failed) -> assertThat(failed.code()).isEqualTo(20404));
		twilio.verify(1, getRequestedFor(urlPathEqualTo(call)));
	}

	@Test
	void noAnswerIsAConnectionFailureWithoutTheRequestsNumbers() {
		twilio.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		TwilioConnectionException lost = catchThrowableOfType(TwilioConnectionException.class,
				() -> this.client.messages("+14165550123", "+14165550100", Instant.parse("2026-03-09T14:00:00Z"), 50));

		assertThat(lost).hasMessageStartingWith("GET Messages.json: no answer from Twilio");
		assertThat(chain(lost)).doesNotContain("5550123", ACCOUNT_SID, "secret-token");
	}

	@Test
	void anAnswerSlowerThanTheReadTimeoutIsAConnectionFailure() {
		TwilioClient impatient = new TwilioClient(twilio.baseUrl(), ACCOUNT_SID, "secret-token", Duration.ofSeconds(2),
				Duration.ofMillis(200));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(okJson("{\"sid\": \"" + SMS_SID + "\"}").withFixedDelay(2000)));

		assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> impatient
			.createMessage(new TwilioClient.OutgoingMessage("+14165550123", "+14165550100", "Hi", null)));
		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void anAnswerThatCannotBeReadIsNeitherAnErrorStatusNorSilence() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM1\", \"to\": \"+14165550123\"")));

		TwilioException unreadable = catchThrowableOfType(TwilioException.class, () -> this.client
			.createMessage(new TwilioClient.OutgoingMessage("+14165550123", "+14165550100", "Hi", null)));

		assertThat(unreadable).isExactlyInstanceOf(TwilioException.class);
		assertThat(chain(unreadable)).doesNotContain("5550123");
	}

	@Test
	void aRedirectIsNotFollowedSoTheCredentialsStay() {
		String wav = ACCOUNT + "/Recordings/" + RECORDING_SID + ".wav";
		twilio.stubFor(get(urlPathEqualTo(wav))
			.willReturn(aResponse().withStatus(302).withHeader("Location", twilio.baseUrl() + "/elsewhere")));

		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.recordingWav(RECORDING_SID))
			.satisfies((redirected) -> assertThat(redirected.status()).isEqualTo(302));
		twilio.verify(0, getRequestedFor(urlPathEqualTo("/elsewhere")));
	}

	@Test
	void aBaseUrlWithAPathKeepsIt() {
		TwilioClient proxied = FakeTwilioClients.pointingAt(twilio.baseUrl() + "/twilio/", ACCOUNT_SID, "secret-token");
		twilio.stubFor(get(urlPathEqualTo("/twilio" + ACCOUNT + "/Calls/" + CALL_SID + ".json"))
			.willReturn(okJson("{\"sid\": \"" + CALL_SID + "\"}")));

		assertThat(proxied.call(CALL_SID).sid()).isEqualTo(CALL_SID);
	}

	@Test
	void aSidIsOnePathSegment() {
		twilio.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.message("../Calls/CA1"));
		assertThat(only().getUrl()).isEqualTo(ACCOUNT + "/Messages/..%2FCalls%2FCA1.json");
	}

	private static LoggedRequest only() {
		List<LoggedRequest> requests = twilio.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private static String chain(Throwable thrown) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			messages.append(cause).append('\n');
		}
		return messages.toString();
	}

}
