package io.bella.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.launcher.TestIdentifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the browser tests run, fail or are skipped, and the line that says they were.
 */
class ChromiumConditionTests {

	@Test
	void theVariableEnablesTheTestsEvenWithoutTheSystemBrowser() {
		assertThat(ChromiumCondition.evaluate("/opt/chrome/chrome", false).isDisabled()).isFalse();
	}

	@Test
	void theSystemBrowserEnablesTheTests() {
		assertThat(ChromiumCondition.evaluate(null, true).isDisabled()).isFalse();
	}

	@Test
	void neitherSkipsTheTestsSayingHowToRunThem() {
		var result = ChromiumCondition.evaluate(" ", false);

		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason())
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith(ChromiumCondition.NOT_FOUND)
				.contains("apt-get install chromium"));
	}

	@Test
	void aRunThatSkippedBrowserTestsEndsWithALineSayingSo() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SkippedBrowserTestsReport report = new SkippedBrowserTestsReport(
				new PrintStream(out, true, StandardCharsets.UTF_8));
		TestIdentifier test = TestIdentifier
			.from(new EngineDescriptor(UniqueId.forEngine("junit-jupiter"), "DashboardBrowserIntegrationTests"));

		report.executionSkipped(test, ChromiumCondition.evaluate(null, false).getReason().orElseThrow());
		report.testPlanExecutionFinished(null);

		assertThat(out.toString(StandardCharsets.UTF_8))
			.startsWith("Browser tests skipped (DashboardBrowserIntegrationTests): Chromium is not installed");
	}

}
