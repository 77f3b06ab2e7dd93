package io.bella.voice;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;

import static org.assertj.core.api.Assertions.assertThat;

class SkippedRedisTestsReportTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final SkippedRedisTestsReport report = new SkippedRedisTestsReport(
			new PrintStream(this.out, true, StandardCharsets.UTF_8));

	@Test
	void withoutRedisUrlTheRedisTestsAreDisabledWithAReasonThatSaysHowToRunThem() {
		ConditionEvaluationResult result = RedisCondition.evaluate(null);

		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason())
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("REDIS_URL is not set")
				.contains("REDIS_URL=redis://127.0.0.1:6379 ./mvnw verify"));
		assertThat(RedisCondition.evaluate(" ").isDisabled()).isTrue();
		assertThat(RedisCondition.evaluate("redis://127.0.0.1:6379").isDisabled()).isFalse();
	}

	@Test
	void aRunThatSkippedRedisTestsEndsWithOneLineSayingSo() {
		String reason = RedisCondition.evaluate(null).getReason().orElseThrow();
		this.report.executionSkipped(test("RedisOutageIntegrationTests"), reason);
		this.report.executionSkipped(test("RedisCallSessionsIntegrationTests"), reason);
		this.report.executionSkipped(test("SomethingElseTests"), "disabled on Windows");

		this.report.testPlanExecutionFinished(null);

		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.isEqualTo("Redis tests skipped (RedisOutageIntegrationTests, RedisCallSessionsIntegrationTests): "
					+ "REDIS_URL is not set. CI's .ci/run sets it; to run them here: "
					+ "REDIS_URL=redis://127.0.0.1:6379 ./mvnw verify" + System.lineSeparator());
	}

	@Test
	void aRunThatSkippedNoRedisTestSaysNothing() {
		this.report.executionSkipped(test("SomethingElseTests"), "disabled on Windows");

		this.report.testPlanExecutionFinished(null);

		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
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
