package io.bella.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.RawHttp;
import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's security chain beside the API's: CSRF, session fixation, roles, the
 * lockout, the headers, and the API still opened by its key alone.
 */
@BellaIntegrationTest
class DashboardSecurityIntegrationTests {

	@LocalServerPort
	int port;

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

	MockMvc mvc;

	StaffAccountFixtures staff;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.staff = new StaffAccountFixtures(this.accounts, this.passwordEncoder);
		this.clock.set(Instant.parse("2026-03-02T14:00:00Z"));
	}

	@Test
	void pagesWriteTheirLinksWithoutLookingThemUpAmongStaticResources() {
		assertThat(this.context.getBeansOfType(FilterRegistrationBean.class).values())
			.filteredOn((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.isNotEmpty()
			.noneMatch(FilterRegistrationBean::isEnabled);
	}

	@Test
	void signInWithoutTheCsrfTokenIsForbiddenWithAPage() throws Exception {
		StaffAccount account = this.staff.create("Ana", Role.STAFF);

		this.mvc
			.perform(post("/login").param("email", account.email()).param("password", StaffAccountFixtures.PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/denied"));
		// the forward to the page, as the servlet container makes it
		RawHttp.Response response = RawHttp.send(this.port, "POST", "/login",
				Map.of("Content-Type", "application/x-www-form-urlencoded"),
				"email=" + account.email() + "&password=x");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.body()).contains("<h1>Not allowed</h1>").doesNotContain("Exception");
		assertThat(audited("SIGN_IN_FAILED", account.email())).isZero();
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		StaffAccount account = this.staff.create("Ben", Role.STAFF);
		MockHttpSession session = (MockHttpSession) this.mvc.perform(get("/"))
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getRequest()
			.getSession();
		String before = session.getId();

		MvcResult result = this.mvc
			.perform(post("/login").session(session)
				.param("email", account.email().toUpperCase())
				.param("password", StaffAccountFixtures.PASSWORD)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
		assertThat(audited("SIGN_IN", account.email())).isOne();
	}

	@Test
	void staffAreRefusedTheAdministratorsPagesWithAPage() throws Exception {
		StaffAccount account = this.staff.create("Cleo", Role.STAFF);
		MockHttpSession session = signIn(account);

		for (String path : new String[] { "/accounts", "/audit", "/settings" }) {
			this.mvc.perform(get(path).session(session))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/denied"));
		}
		this.mvc.perform(get("/denied").session(session))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Not allowed</h1>")));
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	@Test
	void theApiOpensWithItsKeyAndNotWithABrowserSession() throws Exception {
		MockHttpSession session = signIn(this.staff.create("Dora", Role.ADMIN));

		this.mvc.perform(get("/api/users").session(session)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/users").header("X-API-Key", BellaIntegrationTest.API_KEY))
			.andExpect(status().isOk());
	}

	@Test
	void aTemporaryPasswordLeadsEveryPageToThePasswordForm() throws Exception {
		StaffAccount account = this.staff.create("Eli", Role.ADMIN, true);
		MockHttpSession session = new MockHttpSession();

		this.mvc
			.perform(post("/login").session(session)
				.param("email", account.email())
				.param("password", StaffAccountFixtures.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/account/password"));
		for (String path : new String[] { "/", "/accounts", "/audit" }) {
			this.mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/account/password"));
		}
		this.mvc
			.perform(post("/account/password").session(session)
				.param("currentPassword", StaffAccountFixtures.PASSWORD)
				.param("newPassword", account.email())
				.param("repeatedPassword", account.email())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("must not be your email address")));
		this.mvc
			.perform(post("/account/password").session(session)
				.param("currentPassword", StaffAccountFixtures.PASSWORD)
				.param("newPassword", "a much better password")
				.param("repeatedPassword", "a much better password")
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/accounts").session(session)).andExpect(status().isOk());
	}

	@Test
	void fiveFailuresLockTheAddressForFifteenMinutesWhateverThePassword() throws Exception {
		StaffAccount account = this.staff.create("Fay", Role.STAFF);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").param("email", account.email()).param("password", "wrong").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc
			.perform(post("/login").param("email", account.email())
				.param("password", StaffAccountFixtures.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(post("/login").param("email", "nobody-" + account.email()).param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.clock.advance(Duration.ofMinutes(16));
		this.mvc
			.perform(post("/login").param("email", account.email())
				.param("password", StaffAccountFixtures.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(audited("SIGN_IN_FAILED", account.email())).isEqualTo(5);
		assertThat(audited("SIGN_IN_REFUSED", account.email())).isOne();
	}

	@Test
	void anAddressWithoutAnAccountIsLockedTheSameWay() throws Exception {
		String email = "nobody-" + Instant.now().toEpochMilli() + "@clinic.example";
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").param("email", email).param("password", "wrong").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(post("/login").param("email", email).param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void dashboardPagesCarryAStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void signingOutNeedsTheCsrfTokenAndIsAudited() throws Exception {
		StaffAccount account = this.staff.create("Gus", Role.STAFF);
		MockHttpSession session = signIn(account);

		this.mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signed-out"));
		this.mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
		assertThat(audited("SIGN_OUT", account.email())).isOne();
	}

	@Test
	void theLastEnabledAdministratorCannotDemoteOrDisableThemselves() throws Exception {
		this.jdbc.sql("UPDATE staff_account SET enabled = FALSE WHERE role = 'ADMIN'").update();
		StaffAccount admin = this.staff.create("Hal", Role.ADMIN);
		MockHttpSession session = signIn(admin);

		this.mvc.perform(post("/accounts/" + admin.id() + "/role").session(session).param("role", "STAFF").with(csrf()))
			.andExpect(redirectedUrl("/accounts"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", org.hamcrest.Matchers.containsString("last enabled administrator")));
		this.mvc.perform(
				post("/accounts/" + admin.id() + "/enabled").session(session).param("enabled", "false").with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", org.hamcrest.Matchers.containsString("last enabled administrator")));
		assertThat(this.accounts.findById(admin.id()).orElseThrow().active()).isTrue();
		this.mvc.perform(post("/accounts/999999999/role").session(session).param("role", "STAFF").with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Not found")));
		this.mvc.perform(get("/accounts/nothing/here").session(session))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Not found</h1>")));
		this.mvc.perform(get("/settings/nothing/here").session(session)).andExpect(status().isNotFound());
	}

	@Test
	void anAddressOrParameterAPageCannotReadIsAPageSayingSoNotAFailure() throws Exception {
		MockHttpSession session = signIn(this.staff.create("Ola", Role.STAFF));
		for (String path : new String[] { "/patients/abc", "/schedule/appointments/abc", "/patients/1/nothing/here",
				"/calls/CA1/nothing", "/operations/nothing", "/export/nothing/here" }) {
			this.mvc.perform(get(path).session(session))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith("text/html"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Not found</h1>")));
		}
		this.mvc.perform(get("/calls").param("page", "abc").session(session))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Not understood</h1>")));
		this.mvc.perform(post("/patients/abc/edit").session(session).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aDisabledAccountIsSignedOutAtItsNextRequest() throws Exception {
		StaffAccount account = this.staff.create("Ivy", Role.STAFF);
		MockHttpSession session = signIn(account);
		this.jdbc.sql("UPDATE staff_account SET enabled = FALSE WHERE id = ?").param(account.id()).update();

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?disabled"));
	}

	@Test
	void aRoleOrPasswordChangedOnAnotherInstanceAppliesAtTheNextRequest() throws Exception {
		StaffAccount account = this.staff.create("Jon", Role.ADMIN);
		MockHttpSession session = signIn(account);
		this.mvc.perform(get("/accounts").session(session)).andExpect(status().isOk());

		// as another instance writes it: no event reaches this one
		this.jdbc.sql("UPDATE staff_account SET role = 'STAFF' WHERE id = ?").param(account.id()).update();
		this.mvc.perform(get("/accounts").session(session)).andExpect(status().isForbidden());

		this.jdbc.sql("UPDATE staff_account SET must_change_password = TRUE WHERE id = ?").param(account.id()).update();
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
	}

	private MockHttpSession signIn(StaffAccount account) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").param("email", account.email())
				.param("password", StaffAccountFixtures.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private long audited(String action, String actor) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND LOWER(actor) = ?")
			.params(action, actor)
			.query(Long.class)
			.single();
	}

}
