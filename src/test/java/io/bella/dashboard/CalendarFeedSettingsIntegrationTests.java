package io.bella.dashboard;

import java.time.Instant;
import java.util.UUID;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.ProviderSetup;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

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
 * A provider's calendar feed link on their settings page: an administrator creates,
 * replaces and revokes it with the form's CSRF token, the new link is shown once, each
 * change is audited, and staff can do none of it. The provider made here stops taking
 * bookings afterwards.
 */
@BellaIntegrationTest
class CalendarFeedSettingsIntegrationTests {

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

	MockMvc mvc;

	StaffAccount admin;

	MockHttpSession session;

	long provider;

	@BeforeEach
	void signIn() throws Exception {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.clock.set(Instant.parse("2026-03-02T14:00:00Z"));
		this.admin = new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Feed Admin", Role.ADMIN);
		this.session = signIn(this.admin);
		this.provider = this.providerSetup.create("Dr. Feed " + UUID.randomUUID().toString().substring(0, 8), null)
			.value()
			.id();
	}

	@AfterEach
	void stopProvider() {
		this.providerSetup.update(this.provider, null, false, true);
	}

	@Test
	void anAdministratorCreatesALinkThatIsShownOnceThenReplacesAndRevokesIt() throws Exception {
		this.mvc.perform(get(page()).session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This provider has no link.")))
			.andExpect(content().string(containsString("Create a link")));

		String first = create();
		this.mvc.perform(get(page()).session(this.session))
			.andExpect(content().string(containsString("This provider has a link, made")))
			.andExpect(content().string(not(containsString(first))));
		assertThat(feedStatus(first)).isEqualTo(200);

		String second = create();
		assertThat(second).isNotEqualTo(first);
		assertThat(feedStatus(first)).isEqualTo(404);

		this.mvc.perform(post(page() + "/calendar-feed/revoke").session(this.session).with(csrf()))
			.andExpect(redirectedUrl(page()));
		assertThat(feedStatus(second)).isEqualTo(404);
		this.mvc.perform(get(page()).session(this.session))
			.andExpect(content().string(containsString("This provider has no link.")));
		assertThat(audited("CALENDAR_FEED_ISSUED")).isEqualTo(2);
		assertThat(audited("CALENDAR_FEED_REVOKED")).isEqualTo(1);
	}

	@Test
	void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
		this.mvc.perform(post(page() + "/calendar-feed").session(this.session)).andExpect(status().isForbidden());

		assertThat(feedRows()).isZero();
	}

	@Test
	void staffCanNeitherCreateNorRevokeALink() throws Exception {
		String link = create();
		MockHttpSession staff = signIn(
				new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Feed Staff", Role.STAFF));

		this.mvc.perform(post(page() + "/calendar-feed").session(staff).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(page() + "/calendar-feed/revoke").session(staff).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(feedStatus(link)).isEqualTo(200);
	}

	@Test
	void anUnknownProviderIsAPageNotAnError() throws Exception {
		this.mvc.perform(post("/settings/providers/999999999/calendar-feed").session(this.session).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private String create() throws Exception {
		MvcResult created = this.mvc.perform(post(page() + "/calendar-feed").session(this.session).with(csrf()))
			.andExpect(redirectedUrl(page()))
			.andReturn();
		String link = (String) created.getFlashMap().get("feedUrl");
		assertThat(link).matches("/calendar/[A-Za-z0-9_-]{55}\\.ics");
		// the page the form leads to, as a browser follows the redirect
		this.mvc.perform(get(page()).session(this.session))
			.andExpect(content().string(containsString("value=\"" + link + "\"")))
			.andExpect(content().string(containsString("it is shown only this once")));
		return link;
	}

	private int feedStatus(String link) throws Exception {
		return this.mvc.perform(get(link)).andReturn().getResponse().getStatus();
	}

	private String page() {
		return "/settings/providers/" + this.provider;
	}

	private long feedRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE provider_id = ?")
			.param(this.provider)
			.query(Long.class)
			.single();
	}

	private long audited(String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ? AND details = ?")
			.params(action, this.admin.email(), "provider " + this.provider)
			.query(Long.class)
			.single();
	}

	private MockHttpSession signIn(StaffAccount account) throws Exception {
		return StaffAccountFixtures.signIn(this.mvc, account);
	}

}
