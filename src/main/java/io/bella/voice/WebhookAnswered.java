package io.bella.voice;

import java.time.Instant;

/**
 * Bella answered one of Twilio's voice webhooks. Published synchronously on the request
 * thread once the answer is written, for whoever measures the webhooks (operations'
 * SLOs); a listener must only count it, never do I/O.
 *
 * @param webhook which webhook: {@code voice}, {@code gather}, {@code dial} or
 * {@code status}
 * @param status the HTTP status Twilio got
 * @param latencyMs how long Bella took, from the signed request entering to the answer
 * @param apology whether Twilio got the apology and safe path because something failed or
 * the turn ran out of its budget
 * @param at when it was answered
 */
public record WebhookAnswered(String webhook, int status, long latencyMs, boolean apology, Instant at) {

	/** Whether Twilio got a 2xx answer that was not the apology. */
	public boolean good() {
		return this.status >= 200 && this.status < 300 && !this.apology;
	}

}
