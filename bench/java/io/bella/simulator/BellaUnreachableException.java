package io.bella.simulator;

import java.io.IOException;
import java.net.URI;

/**
 * Nothing answered at the URL the simulator calls: Bella is not running there, or the URL
 * is wrong.
 */
public class BellaUnreachableException extends IllegalStateException {

	private final URI uri;

	BellaUnreachableException(URI uri, IOException cause) {
		super("Could not reach Bella at " + uri + ": " + describe(cause), cause);
		this.uri = uri;
	}

	public URI uri() {
		return this.uri;
	}

	private static String describe(IOException cause) {
		Throwable reason = cause;
		// the HTTP client wraps the socket's own exception, which says what happened
		while (reason.getMessage() == null && reason.getCause() != null) {
			reason = reason.getCause();
		}
		return (reason.getMessage() != null) ? reason.getMessage() : reason.getClass().getSimpleName();
	}

}
