package io.bella.dashboard;

import java.io.PrintStream;

import io.bella.SkippedTestsReport;

/**
 * Ends a test run in which {@link ChromiumCondition} skipped tests with one line saying
 * so, next to the run's summary. Registered for the JUnit Platform launcher in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedBrowserTestsReport extends SkippedTestsReport {

	public SkippedBrowserTestsReport() {
		this(System.out);
	}

	SkippedBrowserTestsReport(PrintStream out) {
		super("Browser tests", ChromiumCondition.NOT_FOUND, ChromiumCondition.HOW_TO_RUN, out);
	}

}
