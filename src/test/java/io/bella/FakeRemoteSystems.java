package io.bella;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Fakes of the remote systems Bella calls, started once per test JVM and never stopped
 * before it ends: Twilio's REST API (texts, recordings, calls), the OpenAI API (chat
 * completions for the language model, transcriptions for Whisper), Slack's incoming
 * webhook and Google (its OAuth token endpoint and the Calendar API), one WireMock server
 * each, and an SMTP server (GreenMail) for alert e-mails. Tests reset the fakes they
 * stub.
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

	/** The OAuth client Bella is registered as for consent. */
	public static final String GOOGLE_CLIENT_ID = "1234567890-bella.apps.googleusercontent.com";

	/** That client's secret. */
	public static final String GOOGLE_CLIENT_SECRET = "GOCSPX-fake-client-secret";

	/** Where the fake's consent page would be; tests follow the redirect no further. */
	public static final String GOOGLE_AUTH_PATH = "/o/oauth2/v2/auth";

	/** The key that encrypts the stored refresh token: base64 of 32 bytes. */
	public static final String GOOGLE_TOKEN_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	/** The access token the fake Google hands out for the service account's key. */
	public static final String GOOGLE_ACCESS_TOKEN = "ya29.fake-google-access-token";

	/** The service account the generated key is for. */
	public static final String GOOGLE_SERVICE_ACCOUNT = "bella@bella-test.iam.gserviceaccount.com";

	/** Where alert e-mails go. */
	public static final String ALERT_EMAIL = "oncall@maple-dental.test";

	private static final WireMockServer twilio = start();

	private static final WireMockServer openAi = start();

	private static final WireMockServer slack = startSlack();

	private static final WireMockServer google = startGoogle();

	private static final Path googleKey = writeGoogleKey();

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

	/**
	 * Google: {@code /token} issues access tokens, the Calendar API is under
	 * {@code /calendar/v3/}.
	 * @return the fake
	 */
	public static WireMockServer google() {
		return google;
	}

	/**
	 * Forgets what tests stubbed on and asked of the fake Google, keeping its token
	 * endpoint.
	 */
	public static void resetGoogle() {
		google.resetAll();
		stubGoogleToken(google);
	}

	public static GreenMail smtp() {
		return smtp;
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		// stopped once the cached contexts are closed: a hook of its own would stop it
		// beside theirs, while their jobs may still be talking to it
		SpringApplication.getShutdownHandlers().add(server::stop);
		return server;
	}

	// Slack takes every post until a test stubs it otherwise, so that the alerts other
	// tests cause (a breaker they open) do not fail and open Slack's own breaker
	private static WireMockServer startSlack() {
		WireMockServer server = start();
		server.stubFor(post(SLACK_WEBHOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
		return server;
	}

	// the token endpoint answers every key until a test stubs it otherwise: the
	// appointments other tests book are written to the calendars that have an id
	private static WireMockServer startGoogle() {
		WireMockServer server = start();
		stubGoogleToken(server);
		return server;
	}

	private static void stubGoogleToken(WireMockServer server) {
		server.stubFor(post("/token").willReturn(okJson("{\"access_token\": \"" + GOOGLE_ACCESS_TOKEN
				+ "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
	}

	// a service account's JSON key as Google issues it, but with a key made here and the
	// token endpoint of the fake
	private static Path writeGoogleKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			String pem = "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, new byte[] { '\n' })
						.encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n";
			Map<String, String> key = Map.of("type", "service_account", "project_id", "bella-test", "private_key_id",
					"0123456789abcdef", "private_key", pem, "client_email", GOOGLE_SERVICE_ACCOUNT, "client_id",
					"100000000000000000001", "token_uri", google.baseUrl() + "/token");
			Path file = Files.createTempFile("bella-google-key", ".json");
			file.toFile().deleteOnExit();
			Files.writeString(file, JsonMapper.builder().build().writeValueAsString(key));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		SpringApplication.getShutdownHandlers().add(server::stop);
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
				registry.add("bella.twilio.api-base-url", () -> "http://localhost:" + twilio.port());
				registry.add("bella.llm.base-url", () -> openAi.baseUrl() + "/v1");
				registry.add("bella.whisper.base-url", () -> openAi.baseUrl() + "/v1");
				registry.add("bella.operations.notifications.slack.webhook-url", () -> slack.baseUrl() + SLACK_WEBHOOK);
				registry.add("bella.operations.notifications.email.host", () -> "localhost");
				registry.add("bella.operations.notifications.email.port", () -> smtp.getSmtp().getPort());
				registry.add("bella.google.credentials", googleKey::toString);
				registry.add("bella.google.calendar-root-url", () -> google.baseUrl() + "/");
				// consent too, behind the service account, which wins
				registry.add("bella.google.client-id", () -> GOOGLE_CLIENT_ID);
				registry.add("bella.google.client-secret", () -> GOOGLE_CLIENT_SECRET);
				registry.add("bella.google.auth-url", () -> google.baseUrl() + GOOGLE_AUTH_PATH);
				registry.add("bella.google.token-url", () -> google.baseUrl() + "/token");
				registry.add("bella.google.token-key", () -> GOOGLE_TOKEN_KEY);
			};
		}

	}

}
