package io.bella.dashboard;

import java.time.Instant;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.booking.ExternalBusyTimes;
import io.bella.booking.ProviderSetup;
import io.bella.booking.Providers;
import io.bella.calendar.LinkedCalendars;
import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider's Google calendar on their settings page, against the fake Google: an
 * administrator links it (its busy times are imported at once), sees when they were last
 * imported, synchronises now and reads why an import failed, and unlinks it; a bad id is
 * a message on the page; each change is audited; staff and forms without their CSRF token
 * change nothing. The provider made here stops taking bookings afterwards.
 */
@RemoteSystemsIntegrationTest
class ProviderCalendarSettingsIntegrationTests {

	static final String EVENTS = "/calendar/v3/calendars/[^/]+/events";

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
	ProviderSetup providerSetup;

	@Autowired
	Providers providers;

	@Autowired
	ExternalBusyTimes busyTimes;

	@Autowired
	CircuitBreakerRegistry breakers;

	MockMvc mvc;

	StaffAccount admin;

	MockHttpSession session;

	long provider;

	String calendarId;

	@BeforeEach
	void signIn() throws Exception {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.clock.set(Instant.parse("2026-03-02T14:00:00Z"));
		FakeRemoteSystems.resetGoogle();
		this.breakers.circuitBreaker("google-calendar").reset();
		this.admin = new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Calendar Admin", Role.ADMIN);
		this.session = StaffAccountFixtures.signIn(this.mvc, this.admin);
		this.provider = this.providerSetup.create("Dr. Link " + UUID.randomUUID().toString().substring(0, 8), null)
			.value()
			.id();
		this.calendarId = "c-link-" + this.provider + "@group.calendar.google.com";
		google.stubFor(WireMock.get(urlPathMatching(EVENTS)).willReturn(okJson("""
				{"kind": "calendar#events", "nextSyncToken": "token-1", "items": [{"id": "meeting",
				 "status": "confirmed", "start": {"dateTime": "2026-03-03T13:00:00-05:00"},
				 "end": {"dateTime": "2026-03-03T14:00:00-05:00"}}]}""")));
	}

	@AfterEach
	void stopProvider() {
		this.providerSetup.linkCalendar(this.provider, null);
		this.providerSetup.update(this.provider, null, false, true);
	}

	@Test
	void anAdministratorLinksACalendarWhoseBusyTimesAreImportedAtOnceThenUnlinksIt() throws Exception {
		this.mvc.perform(get(page()).session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"googleCalendarId\">Google calendar id</label>")))
			.andExpect(content().string(not(containsString("Synchronise now"))));

		this.mvc.perform(link(this.calendarId)).andExpect(redirectedUrl(page()));
		LinkedCalendars.awaitImports(this.jdbc);

		assertThat(this.providers.findById(this.provider).orElseThrow().googleCalendarId()).isEqualTo(this.calendarId);
		assertThat(this.busyTimes.lastImport(this.provider)).isPresent();
		this.mvc.perform(get(page()).session(this.session))
			.andExpect(content().string(containsString("value=\"" + this.calendarId + "\"")))
			.andExpect(content().string(containsString("Busy times last imported")))
			.andExpect(content().string(containsString("Synchronise now")));
		assertThat(audited("PROVIDER_CALENDAR_CHANGED", "provider " + this.provider + ": linked " + this.calendarId))
			.isEqualTo(1);

		this.mvc.perform(link("")).andExpect(redirectedUrl(page()));

		assertThat(this.providers.findById(this.provider).orElseThrow().hasCalendar()).isFalse();
		assertThat(this.busyTimes.lastImport(this.provider)).isEmpty();
		assertThat(audited("PROVIDER_CALENDAR_CHANGED", "provider " + this.provider + ": unlinked")).isEqualTo(1);
	}

	@Test
	void synchroniseNowImportsAndSaysWhyItCouldNot() throws Exception {
		follow(link(this.calendarId));
		LinkedCalendars.awaitImports(this.jdbc);

		MvcResult synced = this.mvc.perform(sync()).andExpect(redirectedUrl(page())).andReturn();

		assertThat((String) synced.getFlashMap().get("notice")).contains("1 busy time from now");
		assertThat(follow(null)).contains("1 busy time from now");
		assertThat(audited("CALENDAR_SYNCHRONISED", "provider " + this.provider + ": 1 busy time(s)")).isEqualTo(1);

		google.stubFor(WireMock.get(urlPathMatching(EVENTS)).willReturn(aResponse().withStatus(503)));

		assertThat(follow(sync())).contains("Nothing was imported: Google cannot be reached now.");
		assertThat(audited("CALENDAR_SYNCHRONISED", "provider " + this.provider + ": 1 busy time(s)")).isEqualTo(1);
	}

	/**
	 * Posts a form (unless {@code form} is null) and answers the page its redirect leads
	 * to, as a browser follows it, with the notice or problem the post left.
	 */
	private String follow(RequestBuilder form) throws Exception {
		if (form != null) {
			this.mvc.perform(form).andExpect(redirectedUrl(page()));
		}
		return this.mvc.perform(get(page()).session(this.session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aCalendarIdWithSpacesIsAMessageOnThePageAndChangesNothing() throws Exception {
		this.mvc.perform(link("dr ng@maple.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Google calendar id must not contain spaces")))
			.andExpect(content().string(containsString("value=\"dr ng@maple.example\"")));

		assertThat(this.providers.findById(this.provider).orElseThrow().hasCalendar()).isFalse();
	}

	@Test
	void staffAndFormsWithoutTheirCsrfTokenChangeNothing() throws Exception {
		MockHttpSession staff = StaffAccountFixtures.signIn(this.mvc,
				new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Calendar Staff", Role.STAFF));

		this.mvc
			.perform(post(page() + "/google-calendar").session(staff)
				.with(csrf())
				.param("googleCalendarId", this.calendarId))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(page() + "/google-calendar").session(this.session).param("googleCalendarId", this.calendarId))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(page() + "/calendar-sync").session(staff).with(csrf())).andExpect(status().isForbidden());

		assertThat(this.providers.findById(this.provider).orElseThrow().hasCalendar()).isFalse();
	}

	private RequestBuilder link(String calendarId) {
		return post(page() + "/google-calendar").session(this.session)
			.with(csrf())
			.param("googleCalendarId", calendarId);
	}

	private RequestBuilder sync() {
		return post(page() + "/calendar-sync").session(this.session).with(csrf());
	}

	private String page() {
		return "/settings/providers/" + this.provider;
	}

	private long audited(String action, String details) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ? AND details = ?")
			.params(action, this.admin.email(), details)
			.query(Long.class)
			.single();
	}

}
