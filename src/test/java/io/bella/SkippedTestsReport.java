package io.bella;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends a test run in which a condition skipped tests because what they need is not
 * configured with one line saying so, next to the run's summary, rather than leaving a
 * skip count nobody connects with the missing setting. Each such condition has a subclass
 * registered for the JUnit Platform launcher in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedTestsReport implements TestExecutionListener {

	private final List<String> skipped = new ArrayList<>();

	private final String tests;

	private final String notSet;

	private final String howToRun;

	private final PrintStream out;

	/**
	 * A report of the tests a condition skipped.
	 * @param tests what they are, as the line names them ({@code Redis tests})
	 * @param notSet how the condition's reason begins ({@code REDIS_URL is not set})
	 * @param howToRun how to run them
	 * @param out where the line goes
	 */
	protected SkippedTestsReport(String tests, String notSet, String howToRun, PrintStream out) {
		this.tests = tests;
		this.notSet = notSet;
		this.howToRun = howToRun;
		this.out = out;
	}

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		if (reason != null && reason.startsWith(this.notSet)) {
			this.skipped.add(test.getDisplayName());
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		if (!this.skipped.isEmpty()) {
			this.out.println(this.tests + " skipped (" + String.join(", ", this.skipped) + "): " + this.notSet + ". "
					+ this.howToRun);
		}
	}

}
