package io.bella.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotCaret;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every dashboard browser test needs: the system's Chromium (no download) at the
 * size the screenshots are taken at (1,366 × 768), a context of its own per test (its own
 * cookies), signing in, console errors and dialogs collected (a hostile name that ran as
 * script would open one), axe-core's scan and the screenshots for
 * {@code docs/dashboard.md}. One browser serves each class.
 */
@BellaIntegrationTest
@EnabledIfChromium
public abstract class AbstractDashboardBrowserIntegrationTests {

	static final List<String> LAUNCH_ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--no-first-run");

	/** Where {@code -Dbella.docs.update=true} copies the screenshots to. */
	static final Path DOCS_SCREENSHOTS = Path.of("docs", "images", "dashboard");

	static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected StaffAccounts accounts;

	@Autowired
	protected PasswordEncoder passwordEncoder;

	@Autowired
	protected MutableClock clock;

	protected BrowserContext context;

	protected Page page;

	protected final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void launch() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(ChromiumCondition.executable())
				.setHeadless(true)
				.setArgs(LAUNCH_ARGUMENTS));
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		this.clock.set(Instant.parse("2026-03-02T14:00:00Z"));
		this.context = browser.newContext(
				new Browser.NewContextOptions().setBaseURL(url("")).setViewportSize(1366, 768).setLocale("en-CA"));
		this.context.setDefaultTimeout(15_000);
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		this.page.onDialog((dialog) -> {
			this.consoleErrors.add("dialog: " + dialog.message());
			dialog.dismiss();
		});
	}

	@AfterEach
	void closePage() {
		this.context.close();
	}

	/**
	 * A new account of the role with {@link StaffAccountFixtures#PASSWORD}, signed in.
	 */
	protected StaffAccount signInAs(Role role) {
		StaffAccount account = staff()
			.create(role.name().charAt(0) + role.name().substring(1).toLowerCase() + " Tester", role);
		signIn(account.email(), StaffAccountFixtures.PASSWORD);
		return account;
	}

	protected void signIn(String email, String password) {
		this.page.navigate("/login");
		this.page.getByLabel("Email").fill(email);
		this.page.getByLabel("Password").fill(password);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		this.page.waitForLoadState();
	}

	/**
	 * Asserts that axe-core finds nothing serious or critical on the page as it is now
	 * (WCAG 2.x A and AA rules).
	 */
	protected void assertAccessible() {
		List<Rule> violations = new AxeBuilder(this.page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze()
			.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(violations)
			.as(() -> this.page.url() + ": "
					+ violations.stream()
						.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
								+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
						.toList())
			.isEmpty();
	}

	/**
	 * Saves the page as {@code name.png} under {@code target/dashboard-screenshots}, and
	 * into {@code docs/images/dashboard} with {@code -Dbella.docs.update=true}.
	 */
	protected void screenshot(String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		// the caret as it is: hiding it injects a style element, which the page's
		// Content-Security-Policy refuses with a console error
		this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setCaret(ScreenshotCaret.INITIAL));
		if (Boolean.getBoolean("bella.docs.update")) {
			try {
				Files.createDirectories(DOCS_SCREENSHOTS);
				Files.copy(file, DOCS_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	protected String focused() {
		return (String) this.page.evaluate("() => document.activeElement.textContent.trim()");
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected StaffAccountFixtures staff() {
		return new StaffAccountFixtures(this.accounts, this.passwordEncoder);
	}

}
