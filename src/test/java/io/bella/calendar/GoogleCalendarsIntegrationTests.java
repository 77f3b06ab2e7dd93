package io.bella.calendar;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.api.services.calendar.model.CalendarListEntry;
import com.google.auth.oauth2.GoogleCredentials;
import io.bella.FakeRemoteSystems;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.operations.BreakerBoard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestConstructor;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Google Calendar client against the fake Google: the service account's key is
 * exchanged for an access token at the key's {@code token_uri}, and the Calendar API is
 * called with it.
 */
@RemoteSystemsIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class GoogleCalendarsIntegrationTests {

	static final WireMockServer google = FakeRemoteSystems.google();

	private final GoogleCalendars calendars;

	private final ServiceAccountCredentialSource serviceAccount;

	private final BreakerBoard board;

	GoogleCalendarsIntegrationTests(GoogleCalendars calendars, ServiceAccountCredentialSource serviceAccount,
			BreakerBoard board) {
		this.calendars = calendars;
		this.serviceAccount = serviceAccount;
		this.board = board;
	}

	@BeforeEach
	void resetGoogle() {
		FakeRemoteSystems.resetGoogle();
	}

	@Test
	void serviceAccountKeyIsExchangedForATokenThatTheCalendarCallCarries() throws Exception {
		google.stubFor(get("/calendar/v3/users/me/calendarList/dr-ng@maple-dental.test")
			.willReturn(okJson("{\"kind\": \"calendar#calendarListEntry\", \"id\": \"dr-ng@maple-dental.test\", "
					+ "\"accessRole\": \"writer\"}")));
		GoogleCredentials credentials = this.serviceAccount.credentials().orElseThrow();
		// the token is cached for the JVM; asking again shows the exchange itself
		credentials.refresh();

		CalendarListEntry entry = this.calendars.client()
			.orElseThrow()
			.calendarList()
			.get("dr-ng@maple-dental.test")
			.execute();

		assertThat(this.calendars.enabled()).isTrue();
		assertThat(entry.getAccessRole()).isEqualTo("writer");
		google.verify(postRequestedFor(urlPathEqualTo("/token"))
			.withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"))
			.withRequestBody(containing("assertion=")));
		google.verify(getRequestedFor(urlPathEqualTo("/calendar/v3/users/me/calendarList/dr-ng@maple-dental.test"))
			.withHeader("Authorization", equalTo("Bearer " + FakeRemoteSystems.GOOGLE_ACCESS_TOKEN))
			.withHeader("User-Agent", containing("Bella")));
	}

	@Test
	void theGoogleCalendarBreakerIsOnTheOperatorsBoardWithItsFallback() {
		assertThat(this.board.breakers()).filteredOn((breaker) -> breaker.name().equals("google-calendar"))
			.singleElement()
			.satisfies((breaker) -> assertThat(breaker.fallback()).contains("calendar outbox"));
	}

}
