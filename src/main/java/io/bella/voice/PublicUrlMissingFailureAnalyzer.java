package io.bella.voice;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing {@code BELLA_PUBLIC_URL} into one line an operator can act on, instead
 * of a stack trace.
 */
class PublicUrlMissingFailureAnalyzer extends AbstractFailureAnalyzer<PublicUrlMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PublicUrlMissingException cause) {
		return new FailureAnalysis(cause.getMessage(), "Set BELLA_PUBLIC_URL.", cause);
	}

}
