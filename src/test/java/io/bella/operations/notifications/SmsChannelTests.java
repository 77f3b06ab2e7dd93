package io.bella.operations.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.messaging.FakeTwilioClients;
import io.bella.messaging.TwilioClient;
import io.bella.voice.TwilioProperties;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Alert texts through Bella's Twilio client against a fake Twilio REST server, behind the
 * {@code sms-alerts} breaker.
 */
class SmsChannelTests {

	static final String ACCOUNT_SID = "AC" + "00112233445566778899aabbccddeeff";

	static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	static final WireMockServer twilio = new WireMockServer(options().dynamicPort());

	CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

	@BeforeAll
	static void start() {
		twilio.start();
	}

	@AfterAll
	static void stop() {
		twilio.stop();
	}

	@BeforeEach
	void reset() {
		twilio.resetAll();
	}

	@Test
	void textsEveryOnCallNumberFromTheClinicsNumber() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM00112233445566778899aabbccddeeff\", \"status\": \"queued\"}")));
		SmsChannel sms = channel(List.of("+14165550170", " +1 416 555 0171 "));

		for (String recipient : sms.recipients()) {
			sms.send(recipient, new AlertText("subject", "Bella HIGH: Circuit breaker llm is open (alert 7)"));
		}

		assertThat(sms.off()).isEmpty();
		assertThat(sms.recipients()).containsExactly("+14165550170", "+14165550171");
		for (String number : List.of("+14165550170", "+14165550171")) {
			twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(number))
				.withFormParam("From", equalTo("+14165550100"))
				.withFormParam("Body", equalTo("Bella HIGH: Circuit breaker llm is open (alert 7)")));
		}
	}

	@Test
	void aRefusedTextFailsWithTheNumberMasked() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"code\": 21211, \"message\": \"The 'To' number +14165550170 is not valid.\", \"status\": 400}")));
		SmsChannel sms = channel(List.of("+14165550170"));

		Throwable thrown = catchThrowable(() -> sms.send("+14165550170", new AlertText("s", "body")));

		assertThat(thrown).isInstanceOf(NotificationFailedException.class)
			.hasMessage("Twilio did not take the text to +1********70 (status 400, code 21211)");
	}

	@Test
	void withoutNumbersOrWithoutATwilioAccountTheChannelIsOff() {
		assertThat(channel(List.of()).off()).contains("set BELLA_ALERT_SMS_TO");
		SmsChannel noAccount = new SmsChannel(properties(List.of("+14165550170")),
				new TwilioProperties(null, null, null, true, null, Duration.ofSeconds(2)),
				new StaticListableBeanFactory().getBeanProvider(TwilioClient.class), this.breakers);
		assertThat(noAccount.off()).hasValueSatisfying((why) -> assertThat(why).contains("TWILIO_ACCOUNT_SID"));
	}

	@Test
	void aNumberThatIsNotE164StopsTheStartWithTheNumberMasked() {
		assertThatIllegalStateException().isThrownBy(() -> channel(List.of("4165550170x")))
			.withMessageContaining("BELLA_ALERT_SMS_TO")
			.withMessageNotContaining("4165550170");
	}

	private SmsChannel channel(List<String> to) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("twilioClient",
				FakeTwilioClients.pointingAt("http://localhost:" + twilio.port(), ACCOUNT_SID, "token")));
		return new SmsChannel(properties(to),
				new TwilioProperties(ACCOUNT_SID, "token", "+14165550100", true, null, Duration.ofSeconds(2)),
				beans.getBeanProvider(TwilioClient.class), this.breakers);
	}

	private static NotificationProperties properties(List<String> to) {
		return new NotificationProperties(Map.of(), List.of(Duration.ofSeconds(30)), Duration.ofSeconds(10),
				Duration.ofMinutes(2), null, null, new NotificationProperties.Sms(to));
	}

}
