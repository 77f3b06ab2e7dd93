package io.bella.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a start-up failure that a failure analyzer understood as one line: what is
 * wrong and how to fix it. The exception itself is logged at debug level only; Boot's own
 * report of the same analysis, a block of a dozen lines, is switched off in
 * {@code application.yml}.
 */
class StartupFailureReporter implements FailureAnalysisReporter {

	private static final Logger log = LoggerFactory.getLogger(StartupFailureReporter.class);

	@Override
	public void report(FailureAnalysis analysis) {
		log.error(line(analysis));
		log.debug("Start-up failed", analysis.getCause());
	}

	static String line(FailureAnalysis analysis) {
		String action = (analysis.getAction() != null) ? " " + oneLine(analysis.getAction()) : "";
		return "Bella cannot start: " + oneLine(analysis.getDescription()) + action;
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ").strip();
	}

}
