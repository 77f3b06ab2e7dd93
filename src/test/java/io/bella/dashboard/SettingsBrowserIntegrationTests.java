package io.bella.dashboard;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.bella.BellaIntegrationTest;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.ProviderSetup;
import io.bella.booking.TimeRange;
import io.bella.dashboard.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings in Chromium as an administrator: opening hours changed on a provider's
 * page change what the availability API offers, a broken rule is said in plain words and
 * changes nothing, a hostile name is text, every page passes axe, and staff get the 403
 * page. The providers made here are the tests' own and stop taking bookings afterwards;
 * nothing shared (the demo providers, the time zone, the booking rules) is changed.
 */
class SettingsBrowserIntegrationTests extends AbstractDashboardBrowserIntegrationTests {

	// a Wednesday, after the clock's 2026-03-02 and before the clinic's zone changes to
	// summer time
	private static final String WEDNESDAY = "2026-03-04";

	@Autowired
	ProviderSetup providerSetup;

	@Autowired
	AppointmentTypes types;

	private final List<Long> providers = new ArrayList<>();

	@AfterEach
	void stopProviders() {
		this.providers.forEach((id) -> this.providerSetup.update(id, null, false, true));
	}

	@Test
	void openingHoursChangedInSettingsChangeTheProvidersAvailability() {
		signInAs(Role.ADMIN);
		long provider = addProvider("Dr. Browser " + UUID.randomUUID().toString().substring(0, 8));
		assertThat(availability(provider)).doesNotContain("starts_at");

		this.page.getByLabel("Wednesday opens").fill("10:00");
		this.page.getByLabel("Wednesday closes").fill("12:00");
		this.page.getByLabel("Wednesday break 1 starts").fill("10:30");
		this.page.getByLabel("Wednesday break 1 ends").fill("11:00");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save weekly hours")).click();

		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("The weekly hours are saved.");
		PlaywrightAssertions.assertThat(this.page.getByLabel("Wednesday break 1 starts")).hasValue("10:30");
		String slots = availability(provider);
		assertThat(slots).contains("\"starts_at\":\"" + WEDNESDAY + "T10:00:00-05:00\"")
			.contains("\"starts_at\":\"" + WEDNESDAY + "T11:30:00-05:00\"")
			// a 30-minute visit at 10:15 would run into the break
			.doesNotContain("\"starts_at\":\"" + WEDNESDAY + "T10:15:00-05:00\"")
			.doesNotContain("T12:00:00-05:00\",\"ends_at\"");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void aBrokenRuleIsSaidInPlainWordsAndChangesNothing() {
		signInAs(Role.ADMIN);
		long provider = addProvider("Dr. Rules " + UUID.randomUUID().toString().substring(0, 8));
		var hours = this.providerSetup.weeklyHours(provider);

		this.page.getByLabel("Monday opens").fill("17:00");
		this.page.getByLabel("Monday closes").fill("09:00");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save weekly hours")).click();

		PlaywrightAssertions.assertThat(this.page.locator("#monday-error")).hasAttribute("role", "alert");
		PlaywrightAssertions.assertThat(this.page.locator("#monday-error"))
			.containsText("Monday: the closing time must be after the opening time");
		PlaywrightAssertions.assertThat(this.page.getByLabel("Monday opens"))
			.hasAttribute("aria-describedby", "monday-error");
		assertThat(this.providerSetup.weeklyHours(provider)).isEqualTo(hours);
		assertAccessible();

		int typesBefore = this.types.findAll().size();
		this.page.navigate("/settings/types");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
			.fill("zq negative " + UUID.randomUUID().toString().substring(0, 8));
		this.page.getByLabel("Duration (minutes)").fill("-10");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add appointment type")).click();

		PlaywrightAssertions.assertThat(this.page.locator("#durationMin-error"))
			.hasText("Duration (minutes) must be between 5 and 480.");
		assertThat(this.types.findAll()).hasSize(typesBefore);
		assertAccessible();
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void staffGetTheNotAllowedPage() {
		signInAs(Role.STAFF);

		for (String path : new String[] { "/settings", "/settings/providers" }) {
			Response response = this.page.navigate(path);
			assertThat(response.status()).isEqualTo(403);
			PlaywrightAssertions
				.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Not allowed");
		}
		PlaywrightAssertions
			.assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings")))
			.hasCount(0);
	}

	@Test
	void aHostileProviderNameIsShownAsText() {
		signInAs(Role.ADMIN);
		String name = "<img src=x onerror=alert(1)> </script> " + UUID.randomUUID().toString().substring(0, 8);
		addProvider(name);

		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(name);
		for (String path : new String[] { "/settings", "/settings/providers", "/settings/types",
				"/settings/closed-dates" }) {
			this.page.navigate(path);
			PlaywrightAssertions.assertThat(this.page.getByText(name).first()).isAttached();
			PlaywrightAssertions.assertThat(this.page.locator("main img")).hasCount(0);
		}
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void everySettingsPageIsAccessible() {
		signInAs(Role.ADMIN);
		long provider = addProvider("Dr. Axe " + UUID.randomUUID().toString().substring(0, 8));
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.put(day,
					(day.getValue() <= 5) ? List.of(range("09:00", "12:00"), range("13:00", "17:00")) : List.of());
		}
		hours.put(DayOfWeek.FRIDAY, List.of(range("08:00", "10:30"), range("10:45", "12:00"), range("12:30", "14:00")));
		this.providerSetup.replaceWeeklyHours(provider, hours, true);
		long type = this.types.findAll().get(0).id();

		for (String path : new String[] { "/settings/clinic", "/settings/rules", "/settings/providers",
				"/settings/providers/" + provider, "/settings/types", "/settings/types/" + type,
				"/settings/closed-dates", "/settings" }) {
			Response response = this.page.navigate(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertAccessible();
		}
		PlaywrightAssertions
			.assertThat(this.page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff accounts").setExact(true))
				.first())
			.hasAttribute("href", "/accounts");
		screenshot("settings");
		this.page.navigate("/settings/providers/" + provider);
		screenshot("settings-hours");
		assertThat(this.consoleErrors).isEmpty();
	}

	private static TimeRange range(String start, String end) {
		return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
	}

	private long addProvider(String name) {
		this.page.navigate("/settings/providers");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add provider")).click();
		this.page.waitForURL("**/settings/providers/*");
		long id = Long.parseLong(this.page.url().substring(this.page.url().lastIndexOf('/') + 1));
		this.providers.add(id);
		return id;
	}

	private String availability(long provider) {
		APIResponse response = this.page.request()
			.get(url("/api/availability?date=" + WEDNESDAY + "&duration_min=30&provider_id=" + provider),
					RequestOptions.create().setHeader("X-API-Key", BellaIntegrationTest.API_KEY));
		assertThat(response.status()).isEqualTo(200);
		return response.text();
	}

}
