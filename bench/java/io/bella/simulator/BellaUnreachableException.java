package io.bella.simulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Nothing answered at the URL the simulator calls: Bella is not running there, or the URL
 * is wrong.
 */
public class BellaUnreachableException extends IllegalStateException {

	private final URI uri;

	BellaUnreachableException(URI uri, IOException cause) {
		super("Could not reach Bella at " + uri + ": " + describe(uri, cause), cause);
		this.uri = uri;
	}

	public URI uri() {
		return this.uri;
	}

	private static String describe(URI uri, IOException cause) {
		if (cause instanceof ConnectException) {
			// the HTTP client's own has no message; its cause tells a name that does not
			// resolve from a port nobody listens on
			return causedBy(cause, UnresolvedAddressException.class) ? "unknown host " + uri.getHost()
					: "nothing listens there (connection refused)";
		}
		if (cause instanceof HttpConnectTimeoutException) {
			return "no answer to the connection within 5 s";
		}
		if (cause instanceof UnknownHostException) {
			return "unknown host " + uri.getHost();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
