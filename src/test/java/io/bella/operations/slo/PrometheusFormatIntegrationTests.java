package io.bella.operations.slo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.Caller;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/prometheus} after a call and API requests passes
 * {@code promtool check metrics} (the binary {@code PROMTOOL} names) and holds the SLO
 * buckets at exactly 300 ms and 2 s for the webhook turns and the API requests.
 */
@BellaIntegrationTest
@EnabledIfPromtool
class PrometheusFormatIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void theScrapePassesPromtoolAndHasTheSloBuckets() throws Exception {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		new CallSimulator(URI.create("http://localhost:" + this.port), BellaIntegrationTest.TWILIO_AUTH_TOKEN,
				new PrintStream(OutputStream.nullOutputStream()))
			.call("+14165550178", "+14165550100", Caller.scripted(List.of("I'd like to book a cleaning")));
		ApiClient api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		assertThat(api.get("/api/unified/sla-metrics").status()).isEqualTo(200);
		assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);

		ApiClient.Response scrape = api.get("/actuator/prometheus");

		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.body()).containsPattern("bella_call_turns_seconds_bucket\\{[^}]*le=\"0.3\"")
			.containsPattern("bella_call_turns_seconds_bucket\\{[^}]*le=\"2.0\"")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"0.3\"")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"2.0\"")
			.containsPattern("bella_calls_total\\{[^}]*outcome=\"");
		Checked checked = promtool(scrape.body());
		assertThat(checked.exitCode()).as(checked.output()).isZero();
	}

	private static Checked promtool(String metrics) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(System.getenv("PROMTOOL"), "check", "metrics").redirectErrorStream(true)
			.start();
		try (OutputStream in = process.getOutputStream()) {
			in.write(metrics.getBytes(StandardCharsets.UTF_8));
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Checked(process.exitValue(), output);
	}

	private record Checked(int exitCode, String output) {
	}

}
