package io.bella.simulator;

import java.net.URI;

/**
 * Bella answered a webhook with something other than what Twilio expects.
 */
public class WebhookRejectedException extends IllegalStateException {

	private final URI uri;

	private final int status;

	WebhookRejectedException(URI uri, int status, String body) {
		super("Bella answered " + uri + " with HTTP " + status + ": " + body);
		this.uri = uri;
		this.status = status;
	}

	public URI uri() {
		return this.uri;
	}

	public int status() {
		return this.status;
	}

}
