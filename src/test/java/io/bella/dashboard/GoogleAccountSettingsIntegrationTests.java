package io.bella.dashboard;

import java.net.URI;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.calendar.GoogleConsent;
import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Connecting a Google account on the dashboard against the fake Google: the redirect to
 * consent with a state bound to the session, a callback whose state does not match
 * refused, the code exchanged and the account connected and audited, disconnecting, and
 * staff refused every step.
 */
@RemoteSystemsIntegrationTest
class GoogleAccountSettingsIntegrationTests {

	static final WireMockServer google = FakeRemoteSystems.google();

	@Autowired
	WebApplicationContext context;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GoogleConsent consent;

	MockMvc mvc;

	StaffAccount admin;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		FakeRemoteSystems.resetGoogle();
		google.stubFor(WireMock.post("/token")
			.withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\": \"ya29.from-code\", \"token_type\": \"Bearer\", \"expires_in\": "
					+ "3600, \"refresh_token\": \"1//0g-dashboard-refresh-token\"}")));
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.clock.set(Instant.parse("2026-03-02T14:00:00Z"));
		this.admin = new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Google Admin", Role.ADMIN);
		this.session = signIn(this.admin);
	}

	@AfterEach
	void disconnect() {
		this.consent.disconnect();
	}

	@Test
	void anAdministratorConnectsThroughGoogleConsentAndDisconnects() throws Exception {
		this.mvc.perform(get("/settings/google").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No Google account is connected.")))
			.andExpect(content().string(containsString("http://localhost/settings/google/callback")));

		String state = consentState();
		this.mvc
			.perform(get("/settings/google/callback").session(this.session)
				.param("state", state)
				.param("code", "4/0dashboard-code")
				.param("scope", "https://www.googleapis.com/auth/calendar"))
			.andExpect(redirectedUrl("/settings/google"));

		google
			.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("code=4%2F0dashboard-code")));
		assertThat(this.consent.connection())
			.hasValueSatisfying((connection) -> assertThat(connection.connectedBy()).isEqualTo(this.admin.email()));
		assertThat(this.jdbc.sql("SELECT refresh_token FROM google_account").query(String.class).single())
			.doesNotContain("dashboard-refresh-token");
		this.mvc.perform(get("/settings/google").session(this.session))
			.andExpect(content().string(containsString("Connected by <span>" + this.admin.email() + "</span>")));

		this.mvc.perform(post("/settings/google/disconnect").session(this.session).with(csrf()))
			.andExpect(redirectedUrl("/settings/google"));
		assertThat(this.consent.connection()).isEmpty();
		assertThat(audited("GOOGLE_ACCOUNT_CONNECTED")).isEqualTo(1);
		assertThat(audited("GOOGLE_ACCOUNT_DISCONNECTED")).isEqualTo(1);
	}

	@Test
	void aCallbackWhoseStateDoesNotMatchIsRefused() throws Exception {
		String state = consentState();

		this.mvc
			.perform(get("/settings/google/callback").session(this.session)
				.param("state", state.substring(1) + "A")
				.param("code", "4/0forged-code"))
			.andExpect(redirectedUrl("/settings/google"));
		// the state is used up by the refusal: the right one no longer works either
		this.mvc
			.perform(get("/settings/google/callback").session(this.session)
				.param("state", state)
				.param("code", "4/0forged-code"))
			.andExpect(redirectedUrl("/settings/google"));
		this.mvc.perform(get("/settings/google/callback").param("state", state).param("code", "4/0forged-code"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));

		assertThat(google.findAll(postRequestedFor(urlPathEqualTo("/token")))).isEmpty();
		assertThat(this.consent.connection()).isEmpty();
	}

	@Test
	void staffCannotConnectOrAnswerTheConsent() throws Exception {
		MockHttpSession staff = signIn(
				new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Google Staff", Role.STAFF));

		this.mvc.perform(post("/settings/google/connect").session(staff).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/settings/google/callback").session(staff).param("state", "x").param("code", "y"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/settings/google/connect").session(this.session)).andExpect(status().isForbidden());

		assertThat(this.consent.connection()).isEmpty();
	}

	/**
	 * Presses "Connect a Google account" and answers the state the redirect to Google
	 * carries, after checking the redirect's parameters.
	 */
	private String consentState() throws Exception {
		String location = this.mvc.perform(post("/settings/google/connect").session(this.session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith(google.baseUrl() + FakeRemoteSystems.GOOGLE_AUTH_PATH);
		var query = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams();
		assertThat(query.getFirst("access_type")).isEqualTo("offline");
		assertThat(query.getFirst("prompt")).isEqualTo("consent");
		assertThat(query.getFirst("client_id")).isEqualTo(FakeRemoteSystems.GOOGLE_CLIENT_ID);
		String state = query.getFirst("state");
		assertThat(state).hasSize(43);
		return state;
	}

	private long audited(String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?")
			.params(action, this.admin.email())
			.query(Long.class)
			.single();
	}

	private MockHttpSession signIn(StaffAccount account) throws Exception {
		return StaffAccountFixtures.signIn(this.mvc, account);
	}

}
