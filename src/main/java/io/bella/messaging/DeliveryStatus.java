package io.bella.messaging;

import java.util.Set;

/**
 * Twilio's message statuses in the order a text goes through them, so that a status
 * callback that arrives late never moves a text back: {@code delivered},
 * {@code undelivered} and {@code failed} (and {@code read}, {@code canceled}) are final.
 */
final class DeliveryStatus {

	/** The final statuses that say a text did not reach the phone. */
	static final Set<String> FAILED = Set.of("undelivered", "failed");

	private static final Set<String> FINAL = Set.of("delivered", "undelivered", "failed", "read", "canceled");

	private DeliveryStatus() {
	}

	/**
	 * How far along a status is: 4 final, 3 sent, 2 sending, 1 anything earlier
	 * (accepted, scheduled, queued); kept equal to the ranks
	 * {@link OutboundMessages#recordDelivery} computes in SQL.
	 */
	static int rank(String status) {
		if (FINAL.contains(status)) {
			return 4;
		}
		return switch (status) {
			case "sent" -> 3;
			case "sending" -> 2;
			default -> 1;
		};
	}

}
