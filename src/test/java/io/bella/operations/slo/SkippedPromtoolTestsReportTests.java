package io.bella.operations.slo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

import static org.assertj.core.api.Assertions.assertThat;

class SkippedPromtoolTestsReportTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final SkippedPromtoolTestsReport report = new SkippedPromtoolTestsReport(
			new PrintStream(this.out, true, StandardCharsets.UTF_8));

	@Test
	void withoutPromtoolTheFormatTestsAreDisabledWithAReasonThatSaysHowToRunThem() {
		ConditionEvaluationResult result = PromtoolCondition.evaluate(null);

		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason())
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("PROMTOOL is not set")
				.contains("PROMTOOL=$(command -v promtool) ./mvnw verify"));
		assertThat(PromtoolCondition.evaluate(" ").isDisabled()).isTrue();
		assertThat(PromtoolCondition.evaluate("/usr/bin/promtool").isDisabled()).isFalse();
	}

	@Test
	void aRunThatSkippedThemEndsWithOneLineSayingSo() {
		String reason = PromtoolCondition.evaluate(null).getReason().orElseThrow();
		this.report.executionSkipped(test("PrometheusFormatIntegrationTests"), reason);
		this.report.executionSkipped(test("SomethingElseTests"), "disabled on Windows");

		this.report.testPlanExecutionFinished(null);

		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.isEqualTo("Prometheus format tests skipped (PrometheusFormatIntegrationTests): PROMTOOL is not set. "
					+ "CI's .ci/run sets it; to run them here: PROMTOOL=$(command -v promtool) ./mvnw verify"
					+ System.lineSeparator());
	}

	private static TestIdentifier test(String name) {
		return TestIdentifier.from(new AbstractTestDescriptor(UniqueId.root("class", name), name) {

			@Override
			public Type getType() {
				return Type.CONTAINER;
			}

		});
	}

}
