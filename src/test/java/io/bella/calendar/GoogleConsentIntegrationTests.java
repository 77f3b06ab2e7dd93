package io.bella.calendar;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.api.services.calendar.model.CalendarListEntry;
import io.bella.FakeRemoteSystems;
import io.bella.RemoteSystemsIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Google Calendar by consent against the fake Google: the consent URL, the code exchanged
 * for a refresh token that is stored encrypted, and the Calendar API called with an
 * access token got from that refresh token. The service account configured in this
 * context is left out of the client built here, as when none is configured.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class GoogleConsentIntegrationTests {

	static final WireMockServer google = FakeRemoteSystems.google();

	static final String REFRESH_TOKEN = "1//0g-refresh-token-from-consent";

	static final String REDIRECT_URI = "https://bella.example.com/settings/google/callback";

	private final GoogleConsent consent;

	private final OAuthCredentialSource source;

	private final GoogleProperties properties;

	private final JdbcClient jdbc;

	GoogleConsentIntegrationTests(GoogleConsent consent, OAuthCredentialSource source, GoogleProperties properties,
			JdbcClient jdbc) {
		this.consent = consent;
		this.source = source;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void resetGoogle() {
		FakeRemoteSystems.resetGoogle();
		google.stubFor(post("/token").withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\": \"ya29.from-code\", \"token_type\": \"Bearer\", \"expires_in\": "
					+ "3600, \"refresh_token\": \"" + REFRESH_TOKEN + "\", \"scope\": "
					+ "\"https://www.googleapis.com/auth/calendar\"}")));
		google.stubFor(post("/token").withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(okJson("{\"access_token\": \"ya29.from-refresh\", \"token_type\": \"Bearer\", "
					+ "\"expires_in\": 3600}")));
	}

	@AfterEach
	void disconnect() {
		this.consent.disconnect();
	}

	@Test
	void theConsentUrlAsksForCalendarAccessOfflineWithTheState() {
		String state = this.consent.newState();

		URI url = URI.create(this.consent.consentUrl(state, REDIRECT_URI));

		assertThat(url.toString()).startsWith(google.baseUrl() + FakeRemoteSystems.GOOGLE_AUTH_PATH + "?");
		Map<String, String> query = Arrays.stream(url.getRawQuery().split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
		assertThat(query).containsEntry("client_id", FakeRemoteSystems.GOOGLE_CLIENT_ID)
			.containsEntry("redirect_uri", REDIRECT_URI)
			.containsEntry("response_type", "code")
			.containsEntry("scope", "https://www.googleapis.com/auth/calendar")
			.containsEntry("access_type", "offline")
			.containsEntry("prompt", "consent")
			.containsEntry("state", state);
		assertThat(state).hasSize(43).isNotEqualTo(this.consent.newState());
		assertThat(GoogleConsent.sameState(state, state)).isTrue();
		assertThat(GoogleConsent.sameState(state, state + "x")).isFalse();
		assertThat(GoogleConsent.sameState(null, state)).isFalse();
	}

	@Test
	void theCodeIsExchangedForARefreshTokenKeptOnlyEncrypted() {
		this.consent.connect("4/0code-from-google", REDIRECT_URI, "admin@maple-dental.test");

		google.verify(
				postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=authorization_code"))
					.withRequestBody(containing("code=4%2F0code-from-google"))
					.withRequestBody(containing("client_id=" + FakeRemoteSystems.GOOGLE_CLIENT_ID))
					.withRequestBody(containing("client_secret=" + FakeRemoteSystems.GOOGLE_CLIENT_SECRET))
					.withRequestBody(
							containing("redirect_uri=https%3A%2F%2Fbella.example.com%2Fsettings%2Fgoogle%2Fcallback")));
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM google_account").query().singleRow();
		assertThat(row.values()).allSatisfy((value) -> assertThat(String.valueOf(value)).doesNotContain(REFRESH_TOKEN)
			.doesNotContain("refresh-token-from-consent"));
		assertThat(this.consent.connection()).hasValueSatisfying(
				(connection) -> assertThat(connection.connectedBy()).isEqualTo("admin@maple-dental.test"));
	}

	@Test
	void theCalendarClientAuthenticatesWithAnAccessTokenFromTheRefreshToken() throws Exception {
		assertThat(this.source.credentials()).isEmpty();
		this.consent.connect("4/0code-from-google", REDIRECT_URI, "admin@maple-dental.test");
		google.stubFor(get("/calendar/v3/users/me/calendarList/primary")
			.willReturn(okJson("{\"kind\": \"calendar#calendarListEntry\", \"id\": \"clinic@maple-dental.test\", "
					+ "\"accessRole\": \"owner\"}")));
		DefaultListableBeanFactory onlyConsent = new DefaultListableBeanFactory();
		onlyConsent.registerSingleton("consent", this.source);
		GoogleCalendars calendars = new GoogleCalendars(this.properties,
				onlyConsent.getBeanProvider(GoogleCredentialSource.class));

		CalendarListEntry entry = calendars.client().orElseThrow().calendarList().get("primary").execute();

		assertThat(entry.getAccessRole()).isEqualTo("owner");
		google.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
			.withRequestBody(containing("refresh_token=" + "1%2F%2F0g-refresh-token-from-consent"))
			.withRequestBody(containing("client_id=" + FakeRemoteSystems.GOOGLE_CLIENT_ID)));
		google.verify(getRequestedFor(urlPathEqualTo("/calendar/v3/users/me/calendarList/primary"))
			.withHeader("Authorization", equalTo("Bearer ya29.from-refresh")));

		this.consent.disconnect();
		assertThat(calendars.client()).isEmpty();
	}

	@Test
	void theServiceAccountWinsWhenBothAreConfigured(@Autowired GoogleCalendars calendars) throws Exception {
		this.consent.connect("4/0code-from-google", REDIRECT_URI, "admin@maple-dental.test");
		google.stubFor(get("/calendar/v3/users/me/calendarList/primary")
			.willReturn(okJson("{\"kind\": \"calendar#calendarListEntry\", \"id\": \"primary\"}")));

		calendars.client().orElseThrow().calendarList().get("primary").execute();

		assertThat(this.consent.serviceAccountConfigured()).isTrue();
		google.verify(getRequestedFor(urlPathEqualTo("/calendar/v3/users/me/calendarList/primary"))
			.withHeader("Authorization", equalTo("Bearer " + FakeRemoteSystems.GOOGLE_ACCESS_TOKEN)));
	}

	@Test
	void aCodeGoogleRefusesConnectsNothing() {
		google.stubFor(post("/token").withRequestBody(containing("code=4%2Fstale"))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
				.withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": \"invalid_grant\", \"error_description\": \"Bad Request\"}")));

		assertThatExceptionOfType(GoogleConsentException.class)
			.isThrownBy(() -> this.consent.connect("4/stale", REDIRECT_URI, "admin@maple-dental.test"))
			.withMessageContaining("invalid_grant");
		assertThat(this.consent.connection()).isEmpty();
	}

}
