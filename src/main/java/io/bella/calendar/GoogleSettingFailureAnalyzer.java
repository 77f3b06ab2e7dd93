package io.bella.calendar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a Google setting Bella cannot use (a key file that is missing, unreadable or not
 * a service account's key) into one line an operator can act on, instead of a stack
 * trace.
 */
class GoogleSettingFailureAnalyzer extends AbstractFailureAnalyzer<GoogleSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, GoogleSettingException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
