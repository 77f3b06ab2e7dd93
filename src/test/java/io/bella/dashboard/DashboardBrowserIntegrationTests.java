package io.bella.dashboard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.bella.dashboard.accounts.FirstAdministrator;
import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (the system's Chromium, no download), against the whole
 * service: the first administrator's sign-in with its forced password change and
 * sign-out, a wrong password and the lockout, the navigation from the keyboard alone, and
 * a hostile name shown as text. One browser serves the class; each test has a context of
 * its own (its own cookies).
 */
@ExtendWith(OutputCaptureExtension.class)
class DashboardBrowserIntegrationTests extends AbstractDashboardBrowserIntegrationTests {

	@Autowired
	FirstAdministrator firstAdministrator;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstAdministratorSignsInReplacesTheOneTimePasswordAndSignsOut(CapturedOutput output) {
		this.jdbc.sql("DELETE FROM staff_account").update();
		assertThat(this.firstAdministrator.createIfMissing("http://localhost:" + this.port + "/login")).isTrue();
		Matcher printed = Pattern.compile("as admin@localhost with the one-time password (\\S+) ")
			.matcher(output.getOut());
		String password = null;
		while (printed.find()) {
			// the last line: the service's own start may have printed one before
			password = printed.group(1);
		}
		assertThat(password).as("the start-up line with the one-time password").isNotNull();
		assertThat(this.firstAdministrator.createIfMissing("")).as("only once").isFalse();

		signIn(FirstAdministrator.DEFAULT_EMAIL, password);
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/account/password"));
		this.page.navigate("/accounts");
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/account/password"));
		this.page.getByLabel("Current password").fill(password);
		this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
			.fill(FirstAdministrator.DEFAULT_EMAIL);
		this.page.getByLabel("Repeat new password").fill(FirstAdministrator.DEFAULT_EMAIL);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT))
			.containsText("must not be your email address");
		this.page.getByLabel("Current password").fill(password);
		this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
			.fill("front desk 2026 spring");
		this.page.getByLabel("Repeat new password").fill("front desk 2026 spring");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();

		PlaywrightAssertions.assertThat(this.page).hasURL(url("/"));
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Your password is changed.");
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.MAIN)).containsText("role ADMIN");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/login?signed-out"));
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("You are signed out.");
		this.page.navigate("/");
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/login"));
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void aWrongPasswordSaysSoAndTheFifthLocksTheAccount() {
		StaffAccount account = staff().create("Jo", Role.STAFF);
		for (int i = 0; i < 5; i++) {
			signIn(account.email(), "not the password");
			PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT))
				.hasText("The email or password is not right.");
		}

		signIn(account.email(), StaffAccountFixtures.PASSWORD);

		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Too many failed sign-ins");
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/login?locked"));
	}

	@Test
	void theNavigationWorksFromTheKeyboardAlone() {
		StaffAccount admin = staff().create("Kim", Role.ADMIN);
		signIn(admin.email(), StaffAccountFixtures.PASSWORD);
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/"));

		this.page.keyboard().press("Tab");
		assertThat(focused()).isEqualTo("Skip to main content");
		for (String expected : List.of("Bella", "Schedule", "Patients", "Calls", "Callbacks", "Operations", "Analytics",
				"System", "Settings", "Accounts")) {
			this.page.keyboard().press("Tab");
			assertThat(focused()).isEqualTo(expected);
		}
		this.page.keyboard().press("Enter");
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/accounts"));
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Staff accounts");
		PlaywrightAssertions
			.assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")))
			.hasAttribute("aria-current", "page");
		for (String expected : List.of("Skip to main content", "Bella", "Schedule", "Patients", "Calls", "Callbacks",
				"Operations", "Analytics", "System", "Settings", "Accounts", "Audit log")) {
			this.page.keyboard().press("Tab");
			assertThat(focused()).isEqualTo(expected);
		}
		this.page.keyboard().press("Enter");
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/audit"));
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.TABLE)).containsText("Signed in");
	}

	@Test
	void theSignInHomeAccountPasswordAuditAndExportPagesPassTheAccessibilityScan() {
		this.page.navigate("/login");
		assertAccessible();
		screenshot("login");
		StaffAccount admin = staff().create("Noor", Role.ADMIN);
		signIn(admin.email(), StaffAccountFixtures.PASSWORD);
		PlaywrightAssertions.assertThat(this.page).hasURL(url("/"));
		assertAccessible();
		screenshot("home");
		for (String path : List.of("/accounts", "/audit", "/account/password", "/export")) {
			this.page.navigate(path);
			PlaywrightAssertions
				.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasCount(1);
			assertAccessible();
		}
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void aHostileNameIsShownAsText() {
		String hostile = "<img src=x onerror=alert(1)>";
		StaffAccount admin = staff().create("Lou", Role.ADMIN);
		signIn(admin.email(), StaffAccountFixtures.PASSWORD);
		this.page.navigate("/accounts");
		String email = "hostile-" + System.nanoTime() + "@clinic.example";

		this.page.getByLabel("Email").fill(email);
		this.page.getByLabel("Name").fill(hostile);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();

		PlaywrightAssertions.assertThat(this.page.locator("#temporaryPassword"))
			.hasText(Pattern.compile("[A-Za-z0-9]{20}"));
		PlaywrightAssertions
			.assertThat(this.page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(hostile).setExact(true)))
			.isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("img")).hasCount(0);
		// the row's forms go through htmx, with the CSRF token in its header
		this.page.getByLabel("Role of " + hostile).selectOption("ADMIN");
		this.page.locator("tr")
			.filter(new Locator.FilterOptions().setHasText(email))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change role"))
			.click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Role changed.");
		assertThat(this.accounts.findByEmail(email).orElseThrow().role()).isEqualTo(Role.ADMIN);
		PlaywrightAssertions.assertThat(this.page.locator("img")).hasCount(0);
		assertThat(this.consoleErrors).isEmpty();
	}

}
