package io.bella.operations.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * An alert as the API writes it: times with the clinic's offset, its notices and what
 * mutes it now.
 */
record AlertResponse(long id, String fingerprint, String rule, Map<String, String> labels, String severity,
		String state, String component, String summary, String details, OffsetDateTime startedAt,
		OffsetDateTime lastSeenAt, OffsetDateTime endedAt, int occurrences, String raisedBy, String acknowledgedBy,
		OffsetDateTime acknowledgedAt, String resolvedBy, OffsetDateTime resolvedAt, String resolution,
		String resolutionNote, String mutedBy, List<DeliveryResponse> notifications) {

	static AlertResponse of(Alert alert, ZoneId zone, String mutedBy, List<AlertNotifier.Delivery> deliveries) {
		return new AlertResponse(alert.id(), alert.fingerprint(), alert.rule(), alert.labels(), alert.severity().name(),
				alert.state().name(), alert.component(), alert.summary(), alert.details(), at(alert.startedAt(), zone),
				at(alert.lastSeenAt(), zone), at(alert.endedAt(), zone), alert.occurrences(), alert.raisedBy(),
				alert.acknowledgedBy(), at(alert.acknowledgedAt(), zone), alert.resolvedBy(),
				at(alert.resolvedAt(), zone), (alert.resolution() != null) ? alert.resolution().value() : null,
				alert.resolutionNote(), mutedBy,
				deliveries.stream().map((delivery) -> DeliveryResponse.of(delivery, zone)).toList());
	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).toOffsetDateTime() : null;
	}

	/** One notice on one channel, with every attempt. */
	record DeliveryResponse(String notice, String channel, String recipient, String status,
			OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, List<AttemptResponse> attempts) {

		static DeliveryResponse of(AlertNotifier.Delivery delivery, ZoneId zone) {
			return new DeliveryResponse(delivery.notice(), delivery.channel(), delivery.recipient(), delivery.status(),
					at(delivery.nextAttemptAt(), zone), at(delivery.sentAt(), zone),
					delivery.attempts()
						.stream()
						.map((attempt) -> new AttemptResponse(attempt.attempt(), attempt.status(),
								at(attempt.at(), zone), attempt.error()))
						.toList());
		}

	}

	/** One attempt. */
	record AttemptResponse(int attempt, String status, OffsetDateTime at, String error) {
	}

}
