package io.bella.dashboard;

import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.dashboard.accounts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Patients pages in Chromium: search by name and by a phone number in several
 * formats, register and edit a patient (a duplicate answers the existing record), a
 * hostile name shown as text, the export's rows against the list's count, and axe-core on
 * the list and a patient's page.
 */
class PatientsBrowserIntegrationTests extends AbstractDashboardBrowserIntegrationTests {

	private static final String HOSTILE = "<img src=x onerror=alert(1)>";

	@Autowired
	private Patients patients;

	@Test
	void registerFindByAnyPhoneFormatAndEdit() {
		signInAs(Role.STAFF);
		this.page.navigate("/patients/new");
		this.page.getByLabel("Name").fill("Rosalind Quartermaine");
		this.page.getByLabel("Phone").fill("(416) 555-0173");
		this.page.getByLabel("E-mail (optional)").fill("rosalind@example.com");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register patient")).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Rosalind Quartermaine");
		PlaywrightAssertions.assertThat(this.page.locator("dl.details")).containsText("+14165550173");
		String patientUrl = this.page.url();

		for (String format : new String[] { "(416) 555-0173", "416.555.0173", "+14165550173", "quartermaine" }) {
			this.page.navigate("/patients");
			this.page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Name or phone number"))
				.fill(format);
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
			PlaywrightAssertions
				.assertThat(this.page.getByRole(AriaRole.LINK,
						new Page.GetByRoleOptions().setName("Rosalind Quartermaine")))
				.isVisible();
		}

		// the same name and number again answers the record there is
		this.page.navigate("/patients/new");
		this.page.getByLabel("Name").fill("rosalind  QUARTERMAINE");
		this.page.getByLabel("Phone").fill("416 555 0173");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register patient")).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("registered already");
		this.page.getByRole(AriaRole.ALERT)
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Rosalind Quartermaine"))
			.click();
		PlaywrightAssertions.assertThat(this.page).hasURL(patientUrl);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit patient")).click();
		this.page.getByLabel("Phone").fill("not a number");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("not a valid phone number");
		this.page.getByLabel("Name").fill("Rosalind Quartermaine-Smythe");
		this.page.getByLabel("Phone").fill("416-555-0174");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Changes saved.");
		PlaywrightAssertions.assertThat(this.page.locator("dl.details")).containsText("+14165550174");
		long id = Long.parseLong(patientUrl.substring(patientUrl.lastIndexOf('/') + 1));
		Patient saved = this.patients.findById(id).orElseThrow();
		assertThat(saved.name()).isEqualTo("Rosalind Quartermaine-Smythe");
		assertThat(saved.phone()).isEqualTo("+14165550174");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void aHostileNameIsShownAsText() {
		Patient patient = this.patients.register(HOSTILE, "+14165550175", null);
		signInAs(Role.STAFF);
		this.page.navigate("/patients?q=" + "%2B14165550175");
		PlaywrightAssertions
			.assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(HOSTILE)))
			.isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("main img")).hasCount(0);
		assertAccessible();
		screenshot("patients");
		this.page.navigate("/patients/" + patient.id());
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(HOSTILE);
		PlaywrightAssertions.assertThat(this.page.locator("main img")).hasCount(0);
		assertAccessible();
		screenshot("patient");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void anUnknownPatientIsTheNotFoundPage() {
		signInAs(Role.STAFF);
		assertThat(this.page.navigate("/patients/987654321").status()).isEqualTo(404);
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Not found");
	}

	@Test
	void theExportHoldsTheRowsTheListCounts() {
		this.patients.register("Exportable Penelope", "+14165550176", null);
		this.patients.register("Exportable Quentin", "+14165550177", "=cmd|' /C calc'!A0");
		signInAs(Role.STAFF);
		this.page.navigate("/patients?q=exportable");
		int listed = Integer.parseInt(this.page.locator("#patients-count span").textContent().strip());
		assertThat(listed).isGreaterThanOrEqualTo(2);
		Download download = this.page.waitForDownload(
				() -> this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV")).click());
		assertThat(download.suggestedFilename()).isEqualTo("patients.csv");
		Path file = download.path();
		assertThat(CsvRecords.rows(file)).isEqualTo(listed);
		assertThat(this.consoleErrors).isEmpty();
	}

}
