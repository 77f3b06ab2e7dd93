package io.bella.operations.alerts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells people of an alert. The alerts decide whether and when (silences, inhibition,
 * repeats); the notifier decides how: which channels the severity is routed to, and the
 * durable delivery with its retries.
 */
public interface AlertNotifier {

	/**
	 * Queues a notice of the alert, in the transaction that fired, repeated or resolved
	 * it, so that the notice is kept exactly when the change is.
	 * @param alert the alert as it is now
	 * @param notice which notice
	 */
	void notify(Alert alert, Notice notice);

	/**
	 * What became of the notices of some alerts.
	 * @param alertIds the alerts
	 * @return each alert's notices, oldest first; alerts without any are absent
	 */
	Map<Long, List<Delivery>> deliveries(Collection<Long> alertIds);

	/** Which notice. */
	enum Notice {

		/**
		 * The alert fired (or a silence or inhibition that held its first notice ended).
		 */
		FIRING,

		/** Still firing and nobody acknowledged it. */
		REPEAT,

		/** Resolved: the recovery notice, to the channels that heard it fire. */
		RESOLVED;

		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One notice on one channel.
	 *
	 * @param notice {@code firing}, {@code repeat} or {@code resolved}
	 * @param channel {@code slack}, {@code email} or {@code sms}
	 * @param recipient the SMS number (masked), otherwise {@code null}
	 * @param status {@code pending}, {@code sending}, {@code sent} or {@code failed}
	 * @param nextAttemptAt when it is tried next, while pending
	 * @param sentAt when the channel took it
	 * @param attempts every attempt, first first
	 */
	record Delivery(String notice, String channel, String recipient, String status, Instant nextAttemptAt,
			Instant sentAt, List<Attempt> attempts) {
	}

	/**
	 * One attempt to send a notice.
	 *
	 * @param attempt 1 for the first
	 * @param status {@code sent} or {@code failed}
	 * @param at when
	 * @param error why it failed, without secrets or full phone numbers
	 */
	record Attempt(int attempt, String status, Instant at, String error) {
	}

}
