package io.bella.operations.kpi;

import java.time.Clock;
import java.time.Instant;

import io.bella.booking.AppointmentBooked;
import io.bella.booking.AppointmentCancelled;
import io.bella.booking.AppointmentRescheduled;
import io.bella.operations.slo.CallSuccess;
import io.bella.voice.CallEnded;
import io.bella.voice.CallRecord;
import io.bella.voice.CallRecords;
import io.bella.voice.CallTurn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what the business metrics read: each call's facts when it ends, and each booking,
 * move and cancellation with its channel, after their transactions commit, durably (an
 * incomplete publication is delivered again and writes no row twice).
 */
@Component
class BusinessRecorder {

	private static final Logger log = LoggerFactory.getLogger(BusinessRecorder.class);

	private final CallRecords records;

	private final KpiCalls calls;

	private final BookingChanges changes;

	private final CallSuccess success;

	private final Clock clock;

	BusinessRecorder(CallRecords records, KpiCalls calls, BookingChanges changes, CallSuccess success, Clock clock) {
		this.records = records;
		this.calls = calls;
		this.changes = changes;
		this.success = success;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = "business-metrics-of-call")
	void on(CallEnded event) {
		CallRecord call = this.records.findBySid(event.callSid()).orElse(null);
		if (call == null) {
			log.warn("No record of the ended call; it is left out of the business metrics");
			return;
		}
		this.calls.add(facts(call, event, this.success), call.appointmentId());
	}

	@ApplicationModuleListener(id = "business-metrics-of-booking")
	void on(AppointmentBooked event) {
		this.changes.add(event.appointmentId(), BookingChange.BOOKED, event.source(), event.startsAt(), now());
	}

	@ApplicationModuleListener(id = "business-metrics-of-move")
	void on(AppointmentRescheduled event) {
		this.changes.add(event.appointmentId(), BookingChange.RESCHEDULED, event.source(), event.startsAt(), now());
	}

	@ApplicationModuleListener(id = "business-metrics-of-cancellation")
	void on(AppointmentCancelled event) {
		this.changes.add(event.appointmentId(), BookingChange.CANCELLED, event.source(), event.startsAt(), now());
	}

	private Instant now() {
		return this.clock.instant();
	}

	static KpiCall facts(CallRecord call, CallEnded event, CallSuccess success) {
		int speech = 0;
		boolean dealtWith = false;
		boolean apology = false;
		boolean askedHandoff = false;
		for (CallTurn turn : call.turns()) {
			// the action by name, as the call record's table has it: operations does not
			// read the dialogue's types
			String action = String.valueOf(turn.action());
			speech += (turn.heard() != null) ? 1 : 0;
			dealtWith |= success.dealtWith(turn.said());
			apology |= turn.fallback();
			askedHandoff |= success.askedHandoff(action, turn.fallback(), turn.said());
		}
		boolean questionAnswered = dealtWith && !apology;
		boolean handoffUnasked = !askedHandoff;
		Instant endedAt = (call.endedAt() != null) ? call.endedAt() : event.endedAt();
		String outcome = (call.outcomeName() != null) ? call.outcomeName() : String.valueOf(event.outcome());
		Integer duration = (call.durationSec() != null) ? call.durationSec() : event.durationSec();
		return new KpiCall(call.callSid(), call.startedAt(), endedAt, duration, outcome, call.turns().size(), speech,
				questionAnswered, handoffUnasked);
	}

}
