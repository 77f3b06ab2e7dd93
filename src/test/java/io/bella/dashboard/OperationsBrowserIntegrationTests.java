package io.bella.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Operations, Analytics and System pages in Chromium: an alert raised through the API
 * is acknowledged, resolved and silenced from the Operations page and the API sees it;
 * Analytics draws its charts from tables of seeded calls; System shows the SLOs, the cost
 * and the event backlog; hostile text stays text; axe finds nothing serious.
 */
class OperationsBrowserIntegrationTests extends AbstractDashboardBrowserIntegrationTests {

	static final String HOSTILE = "<img src=x onerror=alert(1)>";

	@Autowired
	JdbcClient jdbc;

	private ApiClient api() {
		return new ApiClient(this.port, BellaIntegrationTest.API_KEY);
	}

	private long raise(String component, String summary) {
		String body = "{\"severity\": \"LOW\", \"component\": \"" + component + "\", \"summary\": \"" + summary
				+ "\", \"details\": \"" + HOSTILE + " </script>\"}";
		ApiClient.Response raised = api().post("/api/unified/alerts", body);
		assertThat(raised.status()).as(raised.body()).isEqualTo(201);
		return raised.json().get("id").asLong();
	}

	private JsonNode alert(long id) {
		return api().get("/api/unified/alerts/" + id).json();
	}

	@Test
	void anAlertIsAcknowledgedAndResolvedFromTheOperationsPageAndTheApiSeesWhoDidIt() {
		StaffAccount staff = signInAs(Role.STAFF);
		String component = "ops-page-" + System.nanoTime();
		long id = raise(component, "Front desk line is silent");

		this.page.navigate("/operations");
		PlaywrightAssertions
			.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Operations")))
			.isVisible();
		Locator row = this.page.locator("#alert-" + id);
		PlaywrightAssertions.assertThat(row).containsText("Front desk line is silent");
		PlaywrightAssertions.assertThat(row).containsText(component);
		PlaywrightAssertions.assertThat(row).containsText("Firing");
		assertAccessible();
		screenshot("operations");

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge alert " + id)).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Alert " + id + " acknowledged.");
		PlaywrightAssertions.assertThat(this.page.locator("#alert-" + id))
			.containsText("Acknowledged by " + staff.email());
		JsonNode acknowledged = alert(id);
		assertThat(acknowledged.get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.get("acknowledged_by").asString()).isEqualTo(staff.email());

		this.page.getByLabel("Note for resolving alert " + id).fill("Line reset by the carrier");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve alert " + id)).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Alert " + id + " resolved.");
		PlaywrightAssertions.assertThat(this.page.locator("#alert-" + id)).hasCount(0);
		JsonNode resolved = alert(id);
		assertThat(resolved.get("state").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.get("resolved_by").asString()).isEqualTo(staff.email());
		assertThat(resolved.get("resolution_note").asString()).isEqualTo("Line reset by the carrier");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action IN (?, ?)")
			.params(staff.email(), "ALERT_ACKNOWLEDGED", "ALERT_RESOLVED")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void silencingAnAlertFromTheOperationsPageMutesItsNoticesAndHostileTextStaysText() {
		StaffAccount staff = signInAs(Role.STAFF);
		String component = "ops-silence-" + System.nanoTime();
		long id = raise(component, HOSTILE);

		this.page.navigate("/operations");
		Locator row = this.page.locator("#alert-" + id);
		PlaywrightAssertions.assertThat(row).containsText(HOSTILE);
		PlaywrightAssertions.assertThat(row).containsText("</script>");
		assertThat(this.page.locator("main img").count()).isZero();

		this.page.getByLabel("Silence alert " + id + " for").selectOption("4h");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Silence alert " + id)).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("silenced for 4 h");
		PlaywrightAssertions.assertThat(this.page.locator("#alert-" + id)).containsText("Muted by silence");
		JsonNode muted = alert(id);
		assertThat(muted.get("muted_by").asString()).startsWith("silence ");
		// what htmx polls: the live part alone, with the alert as it is now
		String live = this.page.request().get("/operations/live").text();
		assertThat(live).startsWith("<div id=\"live\"").contains("Muted by silence").doesNotContain("<html");
		assertThat(live).contains("&lt;img src=x onerror=alert(1)&gt;");
		JsonNode silences = api().get("/api/unified/silences").json();
		assertThat(silences.toString()).contains(component).contains(staff.email());
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void analyticsDrawsChartsFromTablesOfThePeriodsCalls() {
		signInAs(Role.STAFF);
		// far from other tests' times: a week in May 2031 and the week before it
		seed("2031-05-13T14:05:00Z", 95, "BOOKED", 6);
		seed("2031-05-13T14:40:00Z", 40, "TRANSFERRED", 3);
		seed("2031-05-15T09:10:00Z", 700, "BOOKED", 14);
		seed("2031-05-07T10:00:00Z", 30, "ABANDONED", 1);

		this.page.navigate("/analytics?from=2031-05-12&to=2031-05-18");
		PlaywrightAssertions
			.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Analytics")))
			.isVisible();
		Locator figures = this.page.locator("table.figures-table");
		PlaywrightAssertions.assertThat(figures.locator("tr", new Locator.LocatorOptions().setHasText("Calls")).first())
			.containsText("3");
		Locator canvases = this.page.locator("canvas[data-chart-table]");
		assertThat(canvases.count()).isEqualTo(6);
		for (int i = 0; i < canvases.count(); i++) {
			assertThat(canvases.nth(i).getAttribute("aria-label")).isNotBlank();
		}
		assertThat(this.page.locator("canvas[data-chart-table='daily-table']").first().getAttribute("aria-label"))
			.contains("3 in all");
		// Chart.js drew on them (it sizes the canvas and marks it)
		this.page.waitForFunction("() => typeof Chart !== 'undefined' && "
				+ "[...document.querySelectorAll('canvas[data-chart-table]')].every((c) => Chart.getChart(c))");
		Locator daily = this.page.locator("#daily-table");
		assertThat(daily.locator("tbody tr").count()).isEqualTo(7);
		PlaywrightAssertions.assertThat(daily.locator("tbody tr").nth(1)).containsText("2");
		PlaywrightAssertions.assertThat(this.page.locator("#durations-table")).containsText("10 min or more");
		PlaywrightAssertions.assertThat(this.page.locator("table.heat-map td.heat-4").first()).isAttached();
		assertAccessible();
		screenshot("analytics");

		this.page.navigate("/analytics?from=2031-05-18&to=2031-05-12");
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("The last day must not be before the first day.");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void systemShowsTheSlosTheCostAndTheEventBacklog() {
		signInAs(Role.ADMIN);

		this.page.navigate("/system");
		PlaywrightAssertions
			.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("System")))
			.isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("table.slos")).containsText("webhook-availability");
		PlaywrightAssertions.assertThat(this.page.getByText("Month to date").first()).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#backlog-heading")).hasText("Event publications");
		PlaywrightAssertions.assertThat(this.page.locator("table", new Page.LocatorOptions().setHasText("Health of")))
			.containsText("database");
		assertThat(this.page.locator("#cost-chart").getAttribute("aria-label")).contains("against a budget of $50.00.");
		this.page.waitForFunction(
				"() => typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('cost-chart'))");
		assertAccessible();
		screenshot("system");
		assertThat(this.consoleErrors).isEmpty();
	}

	private void seed(String startedAt, int durationSec, String outcome, int turns) {
		OffsetDateTime start = Instant.parse(startedAt).atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO kpi_call (call_sid, started_at, ended_at, duration_sec, outcome, turns, speech_turns,
				                      question_answered, handoff_unasked)
				VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, FALSE)""")
			.params("CA-analytics-" + startedAt, start, start.plusSeconds(durationSec), durationSec, outcome, turns,
					Math.max(0, turns - 1))
			.update();
	}

}
