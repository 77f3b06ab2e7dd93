package io.bella.operations.cost;

import java.time.Clock;
import java.time.Instant;

import io.bella.voice.CallEnded;
import io.bella.voice.CallRecord;
import io.bella.voice.CallRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Estimates each call's cost when it ends, from its record: the lines, the call's facts
 * and the texts already sent about its appointment, in one transaction after the call's
 * end is committed, durably (an incomplete publication is delivered again, and adds no
 * line twice).
 */
@Component
class CallCosting {

	static final String LISTENER = "cost-of-call";

	private static final Logger log = LoggerFactory.getLogger(CallCosting.class);

	private final CallRecords records;

	private final CostLedger ledger;

	private final CostCalls calls;

	private final CostProperties properties;

	private final Countries countries;

	private final Clock clock;

	CallCosting(CallRecords records, CostLedger ledger, CostCalls calls, CostProperties properties, Countries countries,
			Clock clock) {
		this.records = records;
		this.ledger = ledger;
		this.calls = calls;
		this.properties = properties;
		this.countries = countries;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = LISTENER)
	void on(CallEnded event) {
		CallRecord call = this.records.findBySid(event.callSid()).orElse(null);
		if (call == null) {
			log.warn("No record of the ended call; its cost is not estimated");
			return;
		}
		Instant endedAt = (call.endedAt() != null) ? call.endedAt() : event.endedAt();
		CallPricing.Estimate estimate = new CallPricing(this.properties.prices()).estimate(call,
				this.countries.of(call.called()), endedAt);
		int added = this.ledger.add(estimate.lines(), this.clock.instant());
		this.calls.add(estimate.facts());
		if (call.appointmentId() != null) {
			this.ledger.attachTexts(call.callSid(), call.appointmentId(), call.startedAt(),
					endedAt.plus(CostCalls.TEXT_AFTER_CALL));
		}
		log.debug("Call costed: {} lines added", added);
	}

}
