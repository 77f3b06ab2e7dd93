package io.bella.messaging;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.bella.voice.TwilioProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bella's Twilio client is there when the account's SID and auth token are, and calls
 * Twilio, or the configured base URL, with them.
 */
class TwilioRestConfigurationTests {

	static final String ACCOUNT_SID = "AC" + "00112233445566778899aabbccddeeff";

	@RegisterExtension
	static final WireMockExtension twilio = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, TwilioRestConfiguration.class);

	@Test
	void withoutBothTheSidAndTheTokenThereIsNoClient() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(TwilioClient.class));
		this.contextRunner.withPropertyValues("bella.twilio.account-sid=" + ACCOUNT_SID)
			.run((context) -> assertThat(context).doesNotHaveBean(TwilioClient.class));
		this.contextRunner.withPropertyValues("bella.twilio.account-sid=" + ACCOUNT_SID, "bella.twilio.auth-token= ")
			.run((context) -> assertThat(context).doesNotHaveBean(TwilioClient.class));
		this.contextRunner.withPropertyValues("bella.twilio.auth-token=token")
			.run((context) -> assertThat(context).doesNotHaveBean(TwilioClient.class));
	}

	@Test
	void withTheSidAndTheTokenTheClientCallsTheConfiguredBaseUrlWithThem() {
		String call = "CA" + "00112233445566778899aabbccddeeff";
		twilio.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + call + ".json"))
			.willReturn(okJson("{\"sid\": \"" + call + "\", \"from\": \"+14165550177\"}")));

		this.contextRunner
			.withPropertyValues("bella.twilio.account-sid=" + ACCOUNT_SID, "bella.twilio.auth-token=token",
					"bella.twilio.api-base-url=" + twilio.baseUrl() + "/")
			.run((context) -> {
				TwilioClient client = context.getBean(TwilioClient.class);
				assertThat(client.accountSid()).isEqualTo(ACCOUNT_SID);
				assertThat(client.call(call).from()).isEqualTo("+14165550177");
			});
		twilio
			.verify(getRequestedFor(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + call + ".json"))
				.withBasicAuth(new BasicCredentials(ACCOUNT_SID, "token")));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ TwilioProperties.class, TwilioApiProperties.class })
	static class Settings {

	}

}
