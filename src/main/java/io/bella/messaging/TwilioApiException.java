package io.bella.messaging;

/**
 * Twilio answered a call with an error status, and with its error document
 * ({@code {"code": 21211, "message": "…", "status": 400, "more_info": "…"}}) when the
 * answer is Twilio's own. Its wording is left out, as it can quote the number.
 */
public final class TwilioApiException extends TwilioException {

	private final int status;

	private final Integer code;

	TwilioApiException(String call, int status, Integer code) {
		super(call + " answered HTTP " + status + ((code != null) ? ", Twilio error " + code : ""));
		this.status = status;
		this.code = code;
	}

	/**
	 * The HTTP status of the answer.
	 * @return the status, 4xx or 5xx (3xx when Twilio redirects, which is not followed)
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Twilio's error code (21211 an invalid number, 21610 an unsubscribed recipient,
	 * 20404 not found, …).
	 * @return the code; {@code null} when the answer carried none, so that it was not
	 * Twilio's own (a proxy in between, a gateway's error page)
	 */
	public Integer code() {
		return this.code;
	}

}
