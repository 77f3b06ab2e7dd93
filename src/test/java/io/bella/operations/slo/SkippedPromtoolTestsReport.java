package io.bella.operations.slo;

import java.io.PrintStream;

import io.bella.SkippedTestsReport;

/**
 * Ends a test run in which {@link PromtoolCondition} skipped tests with one line saying
 * so, next to the run's summary. Registered for the JUnit Platform launcher in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedPromtoolTestsReport extends SkippedTestsReport {

	public SkippedPromtoolTestsReport() {
		this(System.out);
	}

	SkippedPromtoolTestsReport(PrintStream out) {
		super("Prometheus format tests", PromtoolCondition.NOT_SET, PromtoolCondition.HOW_TO_RUN, out);
	}

}
