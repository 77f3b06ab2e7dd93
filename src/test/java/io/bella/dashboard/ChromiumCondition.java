package io.bella.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables the {@link EnabledIfChromium} tests when {@code BELLA_CHROMIUM} is set (even to
 * a browser that turns out unusable: then they fail) or {@code /usr/bin/chromium} is
 * there, and otherwise disables them with a reason that says how to run them.
 */
class ChromiumCondition implements ExecutionCondition {

	static final String VARIABLE = "BELLA_CHROMIUM";

	static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	static final String NOT_FOUND = "Chromium is not installed (BELLA_CHROMIUM is not set and /usr/bin/chromium is "
			+ "missing)";

	static final String HOW_TO_RUN = "CI's .ci/run installs it; to run them here: apt-get install chromium "
			+ "(or set BELLA_CHROMIUM to a Chromium or Chrome) and ./mvnw verify";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return evaluate(System.getenv(VARIABLE), Files.isExecutable(SYSTEM_CHROMIUM));
	}

	static ConditionEvaluationResult evaluate(String variable, boolean systemChromium) {
		if (variable != null && !variable.isBlank()) {
			return ConditionEvaluationResult.enabled(VARIABLE + " is set");
		}
		return systemChromium ? ConditionEvaluationResult.enabled(SYSTEM_CHROMIUM + " is installed")
				: ConditionEvaluationResult
					.disabled(NOT_FOUND + ", so the browser tests are skipped (" + HOW_TO_RUN + ")");
	}

	/**
	 * The browser the tests drive.
	 */
	static Path executable() {
		String variable = System.getenv(VARIABLE);
		return (variable != null && !variable.isBlank()) ? Path.of(variable.strip()) : SYSTEM_CHROMIUM;
	}

}
