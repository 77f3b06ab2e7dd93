package io.bella.voice;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends a test run in which {@link RedisCondition} skipped tests with one line saying so,
 * next to the run's summary, rather than leaving a skip count nobody connects with Redis.
 * Registered for the JUnit Platform launcher in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedRedisTestsReport implements TestExecutionListener {

	private final List<String> skipped = new ArrayList<>();

	private final PrintStream out;

	public SkippedRedisTestsReport() {
		this(System.out);
	}

	SkippedRedisTestsReport(PrintStream out) {
		this.out = out;
	}

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		if (reason != null && reason.startsWith(RedisCondition.NOT_SET)) {
			this.skipped.add(test.getDisplayName());
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		if (!this.skipped.isEmpty()) {
			this.out.println("Redis tests skipped (" + String.join(", ", this.skipped) + "): " + RedisCondition.NOT_SET
					+ ". " + RedisCondition.HOW_TO_RUN);
		}
	}

}
