package io.bella.operations.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bella.messaging.SentTexts;
import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.stereotype.Component;

/**
 * {@code sms-delivery-failures}: MEDIUM while more than 5 % of the texts whose delivery
 * Twilio reported as final in the last hour were undelivered or failed, counted once at
 * least 20 texts reached a final status, so that one failed text of a quiet hour does not
 * page anyone. Resolves once the share drops again. Read through messaging's
 * {@link SentTexts}, from Twilio's status callbacks.
 */
@Component
class SmsDeliveryFailuresRule implements AlertRule {

	static final String NAME = "sms-delivery-failures";

	static final Duration WINDOW = Duration.ofHours(1);

	static final long MIN_TEXTS = 20;

	static final double MAX_FAILED_SHARE = 0.05;

	private final SentTexts texts;

	SmsDeliveryFailuresRule(SentTexts texts) {
		this.texts = texts;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		SentTexts.Deliveries deliveries = this.texts.deliveries(now.minus(WINDOW));
		if (deliveries.finished() < MIN_TEXTS || deliveries.failed() <= deliveries.finished() * MAX_FAILED_SHARE) {
			return List.of();
		}
		long percent = Math.round(100.0 * deliveries.failed() / deliveries.finished());
		return List.of(new Condition(NAME, Map.of(), Severity.MEDIUM, "sms",
				deliveries.failed() + " of " + deliveries.finished() + " texts (" + percent
						+ " %) undelivered or failed in the last hour",
				"Above 5 % of the texts with a final delivery status since " + now.minus(WINDOW)
						+ ". A patient's texts and their error codes: GET /api/users/{id}/messages. Twilio's "
						+ "error codes say why (30003 unreachable, 30005 unknown number, 30007 carrier filtering)."));
	}

}
