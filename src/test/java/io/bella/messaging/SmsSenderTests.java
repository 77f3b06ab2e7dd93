package io.bella.messaging;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import io.bella.voice.TwilioProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Texts through Bella's Twilio client against a fake Twilio REST server.
 */
class SmsSenderTests {

	static final String ACCOUNT_SID = "AC" + "0123456789abcdef0123456789abcdef";

	static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	static final WireMockServer twilio = new WireMockServer(options().dynamicPort());

	private CircuitBreakerRegistry breakers;

	private SmsSender sender;

	private String publicUrl = "";

	@BeforeAll
	static void start() {
		twilio.start();
	}

	@AfterAll
	static void stop() {
		twilio.stop();
	}

	@BeforeEach
	void setUp() {
		twilio.resetAll();
		this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(4)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofMinutes(1))
			.build());
		this.sender = sender(
				new TwilioProperties(ACCOUNT_SID, "secret-token", "+14165550100", true, null, Duration.ofSeconds(2)));
	}

	private static final String TEXT_ID = "0b6c6a2e-8d7e-4c55-9a43-6f1f3c2f9e01";

	@Test
	void postsToFromAndBodyWithBasicAuth() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));

		SmsSender.Outcome outcome = this.sender.send("+14165550123", "Maple Dental Centre: booked.", TEXT_ID).outcome();

		assertThat(outcome).isEqualTo(SmsSender.Outcome.SENT);
		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
			.withBasicAuth(new BasicCredentials(ACCOUNT_SID, "secret-token"))
			.withFormParam("To", equalTo("+14165550123"))
			.withFormParam("From", equalTo("+14165550100"))
			.withFormParam("Body", equalTo("Maple Dental Centre: booked.")));
	}

	@Test
	void withAPublicUrlTwilioIsToldWhereToReportTheTextsStatus() {
		this.publicUrl = "https://bella.example.com/";
		SmsSender reporting = sender(
				new TwilioProperties(ACCOUNT_SID, "secret-token", "+14165550100", true, null, Duration.ofSeconds(2)));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));

		assertThat(reporting.send("+14165550123", "Hello", TEXT_ID).outcome()).isEqualTo(SmsSender.Outcome.SENT);
		assertThat(this.sender.send("+14165550123", "Hello", TEXT_ID).outcome()).isEqualTo(SmsSender.Outcome.SENT);

		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("StatusCallback",
				equalTo("https://bella.example.com/twilio/sms-status?text=" + TEXT_ID)));
		twilio.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void unsubscribedRecipientIsOptedOutNotRejected() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\", "
					+ "\"status\": 400}")));

		assertThat(this.sender.send("+14165550123", "Hello", TEXT_ID).outcome()).isEqualTo(SmsSender.Outcome.OPTED_OUT);
	}

	@Test
	void serverErrorIsAnUnknownOutcomeThrownWithoutThePhoneNumberAfterOneRequest() {
		twilio.stubFor(
				post(urlPathEqualTo(MESSAGES)).willReturn(serverError().withHeader("Content-Type", "application/json")
					.withBody("{\"code\": 20500, \"message\": \"Internal error for +14165550123\", \"status\": 500}")));

		assertThatExceptionOfType(SmsSender.SmsOutcomeUnknownException.class)
			.isThrownBy(() -> this.sender.send("+14165550123", "Hello", TEXT_ID))
			.withMessageContaining("+1********23")
			.withMessageNotContaining("5550123");
		twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void tooManyRequestsMeansNotSent() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20429, \"message\": \"Too Many Requests\", \"status\": 429}")));

		assertThatExceptionOfType(SmsSender.SmsNotSentException.class)
			.isThrownBy(() -> this.sender.send("+14165550123", "Hello", TEXT_ID));
	}

	@Test
	void invalidNumberIsRejectedOnceAndNotRetried() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 21211, \"message\": \"Invalid 'To' Phone Number\", \"status\": 400}")));

		assertThat(this.sender.send("+10000000000", "Hello", TEXT_ID).outcome()).isEqualTo(SmsSender.Outcome.REJECTED);
		assertThat(this.breakers.circuitBreaker("twilio").getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void breakerOpensAfterRepeatedFailuresAndStopsCallingTwilio() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(serverError()));
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(SmsSender.SmsOutcomeUnknownException.class)
				.isThrownBy(() -> this.sender.send("+14165550123", "Hello", TEXT_ID));
		}
		int requests = twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).size();

		assertThat(this.breakers.circuitBreaker("twilio").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThatExceptionOfType(CallNotPermittedException.class)
			.isThrownBy(() -> this.sender.send("+14165550123", "Hello", TEXT_ID));
		assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).hasSize(requests);
	}

	@Test
	void withoutFromNumberSmsIsOff() {
		SmsSender off = sender(
				new TwilioProperties(ACCOUNT_SID, "secret-token", "", true, null, Duration.ofSeconds(2)));

		assertThat(off.enabled()).isFalse();
		assertThat(off.send("+14165550123", "Hello", TEXT_ID).outcome()).isEqualTo(SmsSender.Outcome.OFF);
		assertThat(twilio.getAllServeEvents()).isEmpty();
	}

	private SmsSender sender(TwilioProperties properties) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("twilioClient", new TwilioRestConfiguration().twilioClient(properties,
				new TwilioApiProperties("http://localhost:" + twilio.port())));
		return new SmsSender(properties, beans.getBeanProvider(TwilioClient.class), this.breakers, this.publicUrl);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"account_sid\": \"" + ACCOUNT_SID
					+ "\", \"to\": \"+14165550123\", \"from\": \"+14165550100\", \"body\": \"Maple Dental Centre: "
					+ "booked.\", \"status\": \"queued\", \"num_segments\": \"1\", \"direction\": \"outbound-api\"}");
	}

}
