package io.bella.voice;

/**
 * Twilio signatures are checked in production, but the URL they are checked against would
 * be taken from the request: start-up stops rather than guess.
 */
class PublicUrlMissingException extends IllegalStateException {

	PublicUrlMissingException() {
		super("BELLA_PUBLIC_URL is not set: set it to the public URL Twilio calls (for example "
				+ "https://bella.example.com), or BELLA_REQUIRE_PUBLIC_URL=false to check signatures against the "
				+ "request URL");
	}

}
