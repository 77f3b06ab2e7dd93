package io.bella;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Fakes of the remote systems Bella calls, started once per test JVM and never stopped
 * before it ends: Twilio's REST API (texts, recordings, calls), the OpenAI API (chat
 * completions for the language model, transcriptions for Whisper) and Slack's incoming
 * webhook, one WireMock server each, and an SMTP server (GreenMail) for alert e-mails.
 * Tests reset the fakes they stub.
 */
public final class FakeRemoteSystems {

	/** The Twilio account the fake serves; the auth token is the webhooks' one. */
	public static final String TWILIO_ACCOUNT_SID = "AC" + "fedcba9876543210fedcba9876543210";

	/** The number texts are sent from: the demo clinic's. */
	public static final String TWILIO_FROM_NUMBER = "+14165550100";

	/** The key Bella sends the OpenAI API. */
	public static final String OPENAI_API_KEY = "test-openai-key";

	/**
	 * The path of the Slack webhook alerts are posted to; its last part is the secret.
	 */
	public static final String SLACK_WEBHOOK = "/services/T0BELLA/B0ALERTS/webhook-secret";

	/** Where alert e-mails go. */
	public static final String ALERT_EMAIL = "oncall@maple-dental.test";

	private static final WireMockServer twilio = start();

	private static final WireMockServer openAi = start();

	private static final WireMockServer slack = startSlack();

	private static final GreenMail smtp = startSmtp();

	private FakeRemoteSystems() {
	}

	public static WireMockServer twilio() {
		return twilio;
	}

	public static WireMockServer openAi() {
		return openAi;
	}

	public static WireMockServer slack() {
		return slack;
	}

	public static GreenMail smtp() {
		return smtp;
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	// Slack takes every post until a test stubs it otherwise, so that the alerts other
	// tests cause (a breaker they open) do not fail and open Slack's own breaker
	private static WireMockServer startSlack() {
		WireMockServer server = start();
		server.stubFor(post(SLACK_WEBHOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
		return server;
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	/**
	 * Points Bella's clients at the fakes. Their ports are known only once they run, and
	 * the clients read them when they are created, so dynamic properties do.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class BaseUrls {

		@Bean
		static DynamicPropertyRegistrar fakeRemoteSystems() {
			return (registry) -> {
				// a host name: the Twilio SDK would take an IPv4 address for a region
				registry.add("bella.twilio.api-base-url", () -> "http://localhost:" + twilio.port());
				registry.add("bella.llm.base-url", () -> openAi.baseUrl() + "/v1");
				registry.add("bella.whisper.base-url", () -> openAi.baseUrl() + "/v1");
				registry.add("bella.operations.notifications.slack.webhook-url", () -> slack.baseUrl() + SLACK_WEBHOOK);
				registry.add("bella.operations.notifications.email.host", () -> "localhost");
				registry.add("bella.operations.notifications.email.port", () -> smtp.getSmtp().getPort());
			};
		}

	}

}
