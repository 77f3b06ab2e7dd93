package io.bella.operations.notifications;

import java.util.List;
import java.util.Optional;

/**
 * One channel alert notices go out on, behind its circuit breaker.
 */
interface NotificationChannel {

	Channel channel();

	/**
	 * Why the channel is off (not configured), or empty when it is on. A channel that is
	 * off is skipped, never an error.
	 */
	Optional<String> off();

	/**
	 * Where each notice goes: one message per entry (the numbers of the SMS channel); a
	 * single {@code null} for a channel with one destination.
	 */
	List<String> recipients();

	/**
	 * Sends one message.
	 * @param recipient an entry of {@link #recipients()}
	 * @param text what to send
	 * @throws NotificationFailedException when the channel did not take it, with a reason
	 * free of secrets and phone numbers; a {@code CallNotPermittedException} while the
	 * channel's breaker is open
	 */
	void send(String recipient, AlertText text);

}
