package io.bella.operations.slo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends a test run in which {@link PromtoolCondition} skipped tests with one line saying
 * so, next to the run's summary. Registered for the JUnit Platform launcher in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedPromtoolTestsReport implements TestExecutionListener {

	private final List<String> skipped = new ArrayList<>();

	private final PrintStream out;

	public SkippedPromtoolTestsReport() {
		this(System.out);
	}

	SkippedPromtoolTestsReport(PrintStream out) {
		this.out = out;
	}

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		if (reason != null && reason.startsWith(PromtoolCondition.NOT_SET)) {
			this.skipped.add(test.getDisplayName());
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		if (!this.skipped.isEmpty()) {
			this.out.println("Prometheus format tests skipped (" + String.join(", ", this.skipped) + "): "
					+ PromtoolCondition.NOT_SET + ". " + PromtoolCondition.HOW_TO_RUN);
		}
	}

}
