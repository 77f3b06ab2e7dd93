package io.bella.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.bella.BellaIntegrationTest;
import io.bella.dashboard.accounts.Role;
import io.bella.voice.TwilioWebhookSigner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Calls and Callbacks pages and the exports in Chromium: a call played through signed
 * Twilio webhooks listed with its transcript (a caller's {@code </script>} shown as
 * text), its number masked for staff and full for administrators, a callback marked done,
 * each export's rows against the page's count, and axe-core on every page.
 */
class CallsBrowserIntegrationTests extends AbstractDashboardBrowserIntegrationTests {

	private static final String CLINIC = "+14165550100";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aCallPlayedThroughWebhooksIsListedWithItsTranscript() {
		String caller = "+14165557311";
		String sid = playCall(caller, "</script> I would like a checkup");
		signInAs(Role.STAFF);
		this.page.navigate("/calls");
		this.page.getByLabel("Caller").fill("(416) 555-7311");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
		Locator row = this.page.locator("table.records tbody tr")
			.filter(new Locator.FilterOptions().setHas(this.page.locator("a[href='/calls/" + sid + "']")));
		PlaywrightAssertions.assertThat(row).hasCount(1);
		PlaywrightAssertions.assertThat(row).containsText("+1********11");
		PlaywrightAssertions.assertThat(row).not().containsText(caller);
		PlaywrightAssertions.assertThat(this.page.locator("main")).not().containsText(caller.substring(2));
		assertAccessible();
		screenshot("calls");

		row.getByRole(AriaRole.LINK).click();
		PlaywrightAssertions.assertThat(this.page.locator("table.records").first())
			.containsText("</script> I would like a checkup");
		PlaywrightAssertions.assertThat(this.page.locator("dl.details")).containsText("+1********11");
		assertAccessible();
		screenshot("call");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void administratorsSeeTheFullNumber() {
		String caller = "+14165557312";
		String sid = playCall(caller, "Can I book a cleaning");
		signInAs(Role.ADMIN);
		this.page.navigate("/calls?caller=416.555.7312");
		Locator row = this.page.locator("table.records tbody tr")
			.filter(new Locator.FilterOptions().setHas(this.page.locator("a[href='/calls/" + sid + "']")));
		PlaywrightAssertions.assertThat(row).containsText(caller);
		this.page.navigate("/calls/" + sid);
		PlaywrightAssertions.assertThat(this.page.locator("dl.details")).containsText(caller);
		assertThat(this.page.navigate("/calls/CAunknown").status()).isEqualTo(404);
	}

	@Test
	void theCallsExportHoldsTheRowsTheListCountsMaskedForStaff() {
		String caller = "+14165557313";
		playCall(caller, "=HYPERLINK(\"http://evil\") book me");
		playCall(caller, "hello");
		signInAs(Role.STAFF);
		this.page.navigate("/calls?caller=%2B14165557313&from=2026-03-02&to=2026-03-02");
		int listed = Integer.parseInt(this.page.locator("#calls-count span").textContent().strip());
		assertThat(listed).isGreaterThanOrEqualTo(2);
		Download download = this.page.waitForDownload(
				() -> this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV")).click());
		assertThat(download.suggestedFilename()).isEqualTo("calls-2026-03-02-to-2026-03-02.csv");
		String csv = read(download);
		assertThat(CsvRecords.rows(csv)).isEqualTo(listed);
		assertThat(csv).contains("'+1********13").doesNotContain(caller).contains("-05:00");
	}

	@Test
	void staffMarkACallbackDone() {
		String transcript = "Please call me back about </script> my appointment " + UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO callback_request (call_sid, caller, recording_sid, recording_url, duration_sec, transcript,
				                              status, created_at)
				VALUES (?, '+14165557314', ?, 'https://api.twilio.com/rec', 12, ?, 'open', ?)""")
			.params(callSid(), "RE" + UUID.randomUUID().toString().replace("-", ""), transcript,
					// older than any other test's, so that it is first among the open
					// ones
					OffsetDateTime.of(2001, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC))
			.update();
		signInAs(Role.STAFF);
		this.page.navigate("/callbacks?status=open");
		Locator row = this.page.locator("table.records tbody tr")
			.filter(new Locator.FilterOptions().setHasText(transcript));
		PlaywrightAssertions.assertThat(row).containsText("Open");
		assertAccessible();
		screenshot("callbacks");
		row.getByRole(AriaRole.BUTTON).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Callback request marked done.");
		PlaywrightAssertions.assertThat(this.page.getByText(transcript)).hasCount(0);
		this.page.navigate("/callbacks?status=done");
		PlaywrightAssertions
			.assertThat(this.page.locator("table.records tbody tr")
				.filter(new Locator.FilterOptions().setHasText(transcript)))
			.containsText("Done");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void eachExportHoldsTheRowsTheExportPageCounts() {
		signInAs(Role.STAFF);
		this.page.navigate("/export?from=2026-03-01&to=2026-03-02");
		assertAccessible();
		for (String kind : new String[] { "appointments", "patients", "calls", "cost-ledger" }) {
			Locator row = this.page.locator("tr[data-export='" + kind + "']");
			int counted = Integer.parseInt(row.locator("td.count").textContent().strip());
			Download download = this.page.waitForDownload(
					() -> row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Export CSV")).click());
			assertThat(download.suggestedFilename()).isEqualTo(kind + "-2026-03-01-to-2026-03-02.csv");
			assertThat(CsvRecords.rows(read(download))).as(kind).isEqualTo(counted);
		}
		assertThat(this.consoleErrors).isEmpty();
	}

	/** Plays a call of two turns through Twilio's signed webhooks and ends it. */
	private String playCall(String caller, String heard) {
		String sid = callSid();
		Map<String, String> call = new LinkedHashMap<>(Map.of("CallSid", sid, "From", caller, "To", CLINIC));
		assertThat(post("/twilio/voice", call)).isEqualTo(200);
		Map<String, String> speech = new LinkedHashMap<>(call);
		speech.put("SpeechResult", heard);
		speech.put("Confidence", "0.87");
		assertThat(post("/twilio/gather?turn=1", speech)).isEqualTo(200);
		Map<String, String> status = new LinkedHashMap<>(call);
		status.put("CallStatus", "completed");
		status.put("CallDuration", "42");
		assertThat(post("/twilio/status", status)).isEqualTo(204);
		return sid;
	}

	private int post(String target, Map<String, String> parameters) {
		String url = url(target);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature",
					TwilioWebhookSigner.signature(BellaIntegrationTest.TWILIO_AUTH_TOKEN, url, parameters))
			.POST(HttpRequest.BodyPublishers.ofString(TwilioWebhookSigner.form(parameters)))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String callSid() {
		return "CA" + UUID.randomUUID().toString().replace("-", "");
	}

	private static String read(Download download) {
		try {
			return java.nio.file.Files.readString(download.path());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
