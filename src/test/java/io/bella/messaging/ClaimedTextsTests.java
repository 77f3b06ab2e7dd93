package io.bella.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.bella.MutableClock;
import io.bella.booking.SmsOptOuts;
import io.bella.operations.H2Database;
import io.bella.voice.TwilioProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Texts claimed in the {@code outbound_message} table (the H2 migrations, on an in-memory
 * database) and sent through Bella's Twilio client to a fake Twilio: an event delivered
 * again never texts twice.
 */
class ClaimedTextsTests {

	static final String ACCOUNT_SID = "AC" + "89abcdef0123456789abcdef01234567";

	static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	static final String TO = "+14165550123";

	static final String FROM = "+14165550100";

	static final String BODY = "Maple Dental Centre: your checkup is booked.";

	static final String PUBLIC_URL = "https://bella.example.com";

	static final WireMockServer twilio = new WireMockServer(options().dynamicPort());

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T14:00:00Z"));

	private JdbcClient jdbc;

	private ClaimedTexts texts;

	private final SmsOptOuts optOuts = mock(SmsOptOuts.class);

	@BeforeAll
	static void start() {
		twilio.start();
	}

	@AfterAll
	static void stop() {
		twilio.stop();
	}

	@BeforeEach
	void setUp() throws Exception {
		twilio.resetAll();
		// migrated as Bella migrates H2, so that the claims have every column they have
		// there
		javax.sql.DataSource dataSource = H2Database.migrated();
		this.jdbc = JdbcClient.create(dataSource);
		TwilioProperties properties = new TwilioProperties(ACCOUNT_SID, "claims-token", FROM, true, null,
				Duration.ofSeconds(2));
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("twilioClient", new TwilioRestConfiguration().twilioClient(properties,
				new TwilioApiProperties("http://localhost:" + twilio.port())));
		SmsSender sms = new SmsSender(properties, beans.getBeanProvider(TwilioClient.class),
				CircuitBreakerRegistry.ofDefaults(), PUBLIC_URL);
		this.texts = new ClaimedTexts(sms, new OutboundMessages(this.jdbc), this.optOuts, this.clock);
	}

	@Test
	void eventDeliveredAgainAfterASuccessfulSendSendsNothing() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "1".repeat(32))));

		assertThat(this.texts.send("appointment-booked:42", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.texts.send("appointment-booked:42", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);

		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(claim("appointment-booked:42")).isEqualTo("sent SM" + "1".repeat(32));
	}

	@Test
	void unknownOutcomeWhoseTextIsInTwiliosListIsNotSentAgain() {
		crashedWhileSending("appointment-booked:43");
		twilio.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(okJson(list("SM" + "2".repeat(32), BODY))));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "3".repeat(32))));

		assertThat(this.texts.send("appointment-booked:43", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);

		twilio.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
		twilio.verify(1, getRequestedFor(urlPathEqualTo(MESSAGES)).withQueryParam("To", equalTo(TO))
			.withQueryParam("From", equalTo(FROM)));
		assertThat(claim("appointment-booked:43")).isEqualTo("sent SM" + "2".repeat(32));
	}

	@Test
	void unknownOutcomeWhoseTextIsNotInTwiliosListIsSentOnce() {
		crashedWhileSending("appointment-booked:44");
		// Twilio has other texts to the same number, but not this one
		twilio.stubFor(get(urlPathEqualTo(MESSAGES))
			.willReturn(okJson(list("SM" + "4".repeat(32), "Maple Dental Centre: your cleaning is cancelled."))));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "5".repeat(32))));

		assertThat(this.texts.send("appointment-booked:44", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);
		assertThat(this.texts.send("appointment-booked:44", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);

		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("Body", equalTo(BODY)));
		assertThat(claim("appointment-booked:44")).isEqualTo("sent SM" + "5".repeat(32));
	}

	@Test
	void claimStillInFlightIsLeftToTheDeliveryThatMadeIt() {
		this.jdbc.sql("""
				INSERT INTO outbound_message (effect_key, recipient, body, status, claimed_at, updated_at)
				VALUES ('appointment-booked:45', ?, ?, 'claimed', ?, ?)""")
			.params(TO, BODY, this.clock.instant().atOffset(java.time.ZoneOffset.UTC),
					this.clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();

		assertThatExceptionOfType(SmsSender.SmsNotSentException.class)
			.isThrownBy(() -> this.texts.send("appointment-booked:45", TO, BODY));
		assertThat(twilio.getAllServeEvents()).isEmpty();
	}

	@Test
	void serverErrorIsAnUnknownOutcomeMadeOnceAndLookedUpBeforeAResend() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503)));
		assertThatExceptionOfType(SmsSender.SmsOutcomeUnknownException.class)
			.isThrownBy(() -> this.texts.send("appointment-booked:46", TO, BODY));
		// made once: a create is never repeated, as it may text twice
		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(claim("appointment-booked:46")).isEqualTo("claimed null");

		twilio.resetAll();
		twilio.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(okJson(list("SM" + "6".repeat(32), BODY))));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "a".repeat(32))));
		this.clock.advance(ClaimedTexts.IN_FLIGHT.plusSeconds(1));
		assertThat(this.texts.send("appointment-booked:46", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);

		twilio.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(claim("appointment-booked:46")).isEqualTo("sent SM" + "6".repeat(32));
	}

	@Test
	void connectionLostAfterTwilioTookTheTextIsRecordedSentFromTheListWithOneCreate() {
		twilio
			.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(SmsSender.SmsOutcomeUnknownException.class)
			.isThrownBy(() -> this.texts.send("appointment-booked:52", TO, BODY));
		// Twilio took it: its list has it now
		twilio.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(okJson(list("SM" + "b".repeat(32), BODY))));

		// redelivered at once: the attempt may still be under way
		assertThatExceptionOfType(ClaimedTexts.ClaimHeldException.class)
			.isThrownBy(() -> this.texts.send("appointment-booked:52", TO, BODY));
		this.clock.advance(ClaimedTexts.IN_FLIGHT.plusSeconds(1));
		assertThat(this.texts.send("appointment-booked:52", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);

		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
		twilio.verify(1,
				getRequestedFor(urlPathEqualTo(MESSAGES)).withQueryParam("To", equalTo(TO))
					.withQueryParam("From", equalTo(FROM))
					.withQueryParam("DateSent>", equalTo("2026-03-09T13:59:00")));
		assertThat(claim("appointment-booked:52")).isEqualTo("sent SM" + "b".repeat(32));
	}

	@Test
	void lostReplyWhoseTextTwilioDoesNotListIsSentOnceMore() {
		twilio
			.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(SmsSender.SmsOutcomeUnknownException.class)
			.isThrownBy(() -> this.texts.send("appointment-booked:53", TO, BODY));
		twilio.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(okJson(EMPTY_LIST)));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "c".repeat(32))));

		this.clock.advance(ClaimedTexts.IN_FLIGHT.plusSeconds(1));
		assertThat(this.texts.send("appointment-booked:53", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.texts.send("appointment-booked:53", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);

		// two creates in all, both with the same key: the second is the one text
		// delivered
		twilio.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
		twilio.verify(1, getRequestedFor(urlPathEqualTo(MESSAGES)));
		String key = textId("appointment-booked:53");
		twilio.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("StatusCallback",
				equalTo(PUBLIC_URL + "/twilio/sms-status?text=" + key)));
		assertThat(claim("appointment-booked:53")).isEqualTo("sent SM" + "c".repeat(32));
	}

	@Test
	void statusCallbackCarryingTheKeyRecordsTheSidAndNoResendOrLookupFollows() {
		twilio
			.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(SmsSender.SmsOutcomeUnknownException.class)
			.isThrownBy(() -> this.texts.send("appointment-booked:54", TO, BODY));
		OutboundMessages claims = new OutboundMessages(this.jdbc);
		String key = textId("appointment-booked:54");

		// Twilio's status callback for the text whose reply was lost
		assertThat(claims.recordSid(key, "SM" + "d".repeat(32), this.clock.instant())).isTrue();
		assertThat(claims.recordSid(key, "SM" + "e".repeat(32), this.clock.instant())).isFalse();
		this.clock.advance(ClaimedTexts.IN_FLIGHT.plusSeconds(1));
		assertThat(this.texts.send("appointment-booked:54", TO, BODY)).isEqualTo(SmsSender.Outcome.SENT);

		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
		twilio.verify(0, getRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(claim("appointment-booked:54")).isEqualTo("sent SM" + "d".repeat(32));
		assertThat(claims.sidOf(key)).contains("SM" + "d".repeat(32));
	}

	@Test
	void onlyOneOfTwoDeliveriesTakesAFailedClaimOver() {
		OutboundMessages claims = new OutboundMessages(this.jdbc);
		claims.claim("appointment-cancelled:47", UUID.randomUUID().toString(), TO, BODY, this.clock.instant());
		claims.markFailed("appointment-cancelled:47", this.clock.instant());
		OutboundMessages.Claim read = claims.find("appointment-cancelled:47").orElseThrow();

		assertThat(claims.reclaim(read, read.textId(), this.clock.instant())).isTrue();
		assertThat(claims.reclaim(read, read.textId(), this.clock.instant())).isFalse();
	}

	@Test
	void textToANumberThatOptedOutIsRecordedAndNeverReachesTwilio() {
		given(this.optOuts.isOptedOut(TO)).willReturn(true);
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "7".repeat(32))));

		assertThat(this.texts.send("appointment-booked:48", TO, BODY)).isEqualTo(SmsSender.Outcome.OPTED_OUT);
		assertThat(this.texts.send("appointment-booked:48", TO, BODY)).isEqualTo(SmsSender.Outcome.OPTED_OUT);

		assertThat(twilio.getAllServeEvents()).isEmpty();
		assertThat(claim("appointment-booked:48")).isEqualTo("failed null");
		assertThat(delivery("appointment-booked:48")).isEqualTo("opted_out null");
	}

	@Test
	void twilioRefusingAnUnsubscribedRecipientOptsTheNumberOut() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\", "
					+ "\"status\": 400}")));

		assertThat(this.texts.send("appointment-booked:49", TO, BODY)).isEqualTo(SmsSender.Outcome.OPTED_OUT);

		verify(this.optOuts).optOut(TO, this.clock.instant());
		assertThat(delivery("appointment-booked:49")).isEqualTo("opted_out 21610");
	}

	@Test
	void aTextTwilioRefusedForGoodIsNotOfferedToTwilioAgain() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 21211, \"message\": \"Invalid 'To' Phone Number\", \"status\": 400}")));

		assertThat(this.texts.send("appointment-booked:51", TO, BODY)).isEqualTo(SmsSender.Outcome.REJECTED);
		assertThat(claim("appointment-booked:51")).isEqualTo("failed null");
		assertThat(delivery("appointment-booked:51")).isEqualTo("rejected null");
		// delivered again, as after a restart or on another instance
		assertThat(this.texts.send("appointment-booked:51", TO, BODY)).isEqualTo(SmsSender.Outcome.REJECTED);

		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(delivery("appointment-booked:51")).isEqualTo("rejected null");
	}

	@Test
	void deliveryStatusesArriveOutOfOrderWithoutMovingATextBack() {
		OutboundMessages claims = new OutboundMessages(this.jdbc);
		String sid = "SM" + "8".repeat(32);
		claims.claim("appointment-booked:50", UUID.randomUUID().toString(), TO, BODY, this.clock.instant());
		claims.markSent("appointment-booked:50", sid, this.clock.instant());

		assertThat(claims.recordDelivery(sid, "sent", null, this.clock.instant())).isTrue();
		assertThat(claims.recordDelivery(sid, "undelivered", "30003", this.clock.instant())).isTrue();
		assertThat(claims.recordDelivery(sid, "sent", null, this.clock.instant())).isFalse();
		assertThat(claims.recordDelivery(sid, "queued", null, this.clock.instant())).isFalse();
		assertThat(claims.recordDelivery(sid, "delivered", null, this.clock.instant())).isFalse();
		assertThat(claims.recordDelivery("SM" + "9".repeat(32), "delivered", null, this.clock.instant())).isFalse();

		assertThat(delivery("appointment-booked:50")).isEqualTo("undelivered 30003");
	}

	/**
	 * The process claimed the text and died before it learnt what Twilio did.
	 */
	private void crashedWhileSending(String effectKey) {
		var claimedAt = this.clock.instant().atOffset(java.time.ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO outbound_message (effect_key, recipient, body, status, claimed_at, updated_at)
				VALUES (?, ?, ?, 'claimed', ?, ?)""").params(effectKey, TO, BODY, claimedAt, claimedAt).update();
		this.clock.advance(Duration.ofMinutes(3));
	}

	private String claim(String effectKey) {
		return this.jdbc
			.sql("SELECT status || ' ' || COALESCE(message_sid, 'null') FROM outbound_message "
					+ "WHERE effect_key = ?")
			.param(effectKey)
			.query(String.class)
			.single();
	}

	private String textId(String effectKey) {
		return this.jdbc.sql("SELECT text_id FROM outbound_message WHERE effect_key = ?")
			.param(effectKey)
			.query(String.class)
			.single();
	}

	private String delivery(String effectKey) {
		return this.jdbc.sql(
				"SELECT COALESCE(delivery_status, 'null') || ' ' || COALESCE(error_code, 'null') FROM outbound_message "
						+ "WHERE effect_key = ?")
			.param(effectKey)
			.query(String.class)
			.single();
	}

	private static final String EMPTY_LIST = """
			{"messages": [], "first_page_uri": "%s?PageSize=50&Page=0", "next_page_uri": null,
			 "previous_page_uri": null, "page": 0, "page_size": 50, "uri": "%s?PageSize=50&Page=0"}"""
		.formatted(MESSAGES, MESSAGES);

	private static String list(String sid, String body) {
		return """
				{"messages": [{"sid": "%s", "account_sid": "%s", "to": "%s", "from": "%s", "body": "%s",
				  "status": "delivered", "direction": "outbound-api", "num_segments": "1",
				  "date_sent": "Mon, 09 Mar 2026 14:00:02 +0000"}],
				 "first_page_uri": "%s?PageSize=50&Page=0", "next_page_uri": null, "previous_page_uri": null,
				 "page": 0, "page_size": 50, "uri": "%s?PageSize=50&Page=0"}""".formatted(sid, ACCOUNT_SID, TO, FROM,
				body, MESSAGES, MESSAGES);
	}

	private static ResponseDefinitionBuilder created(String sid) {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"" + sid + "\", \"account_sid\": \"" + ACCOUNT_SID
					+ "\", \"status\": \"queued\", \"direction\": \"outbound-api\"}");
	}

}
