package io.bella.voice;

import java.io.PrintStream;

import io.bella.SkippedTestsReport;

/**
 * Ends a test run in which {@link RedisCondition} skipped tests with one line saying so,
 * next to the run's summary, rather than leaving a skip count nobody connects with Redis.
 * Registered for the JUnit Platform launcher in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkippedRedisTestsReport extends SkippedTestsReport {

	public SkippedRedisTestsReport() {
		this(System.out);
	}

	SkippedRedisTestsReport(PrintStream out) {
		super("Redis tests", RedisCondition.NOT_SET, RedisCondition.HOW_TO_RUN, out);
	}

}
