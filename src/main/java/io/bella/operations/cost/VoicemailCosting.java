package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.bella.messaging.MessageTaken;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Costs the transcription of each voicemail: the recording's minutes at the table's
 * transcription price (charged by the second), on the call it was left on.
 */
@Component
class VoicemailCosting {

	static final String LISTENER = "cost-of-voicemail";

	private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

	private final CostLedger ledger;

	private final CostProperties properties;

	private final Clock clock;

	VoicemailCosting(CostLedger ledger, CostProperties properties, Clock clock) {
		this.ledger = ledger;
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = LISTENER)
	void on(MessageTaken event) {
		if (!event.transcribed() || event.durationSec() == null || event.durationSec() <= 0
				|| event.callSid() == null) {
			return;
		}
		BigDecimal minutes = BigDecimal.valueOf(event.durationSec())
			.divide(SECONDS_PER_MINUTE, 6, RoundingMode.HALF_UP);
		PriceTable prices = this.properties.prices();
		this.ledger.add(List
			.of(CallPricing.line(prices.version(), event.callSid(), event.callSid(), null, CostComponent.WHISPER,
					"transcription", minutes, "minute", Optional.ofNullable(prices.whisper()), event.takenAt())),
				this.clock.instant());
	}

}
