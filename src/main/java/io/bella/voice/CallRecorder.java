package io.bella.voice;

import java.time.Clock;
import java.time.Instant;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.CallSession;
import io.bella.dialogue.Reply;
import io.bella.dialogue.Utterance;
import io.bella.system.ModelUsage;
import io.bella.system.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the record of a call: opens its session and records its start, records each of
 * its turns and its end, and announces each as an event in the same transaction.
 */
class CallRecorder {

	private static final Logger log = LoggerFactory.getLogger(CallRecorder.class);

	/** The caller recorded for a call whose number is withheld or unavailable. */
	static final String ANONYMOUS = "anonymous";

	private final CallRecords records;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CallRecorder(CallRecords records, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A new session for the call, whose start is recorded as well as it can be.
	 */
	CallSession start(IncomingCall call) {
		CallSession session = new CallSession(call.callSid(), PhoneNumbers.callerId(call.from()).orElse(ANONYMOUS),
				call.to(), this.clock.instant());
		recordStart(session);
		return session;
	}

	private void recordStart(CallSession session) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.records.start(session.getCallSid(), session.getCaller(), session.getCalled(),
						session.getStartedAt());
				this.events.publishEvent(new CallStarted(session.getCallSid(), ANONYMOUS.equals(session.getCaller()),
						session.getStartedAt()));
			});
			log.info("Call started from {}", PhoneNumbers.mask(session.getCaller()));
		}
		catch (RuntimeException ex) {
			// the conversation matters more than its record
			log.error("Could not record the start of the call; carrying on", ex);
		}
	}

	void turn(String callSid, int turn, Utterance heard, String said, Reply.Action action, long latencyMs,
			boolean fallback, ModelUsage llm) {
		Instant at = this.clock.instant();
		String text = (heard != null && !heard.isSilence()) ? heard.text() : null;
		Double confidence = (text != null) ? heard.confidence() : null;
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.records.addTurn(callSid, new CallTurn(turn, text, confidence, (said != null) ? said : "", action,
						latencyMs, fallback, at, llm));
				this.events.publishEvent(new TurnCompleted(callSid, turn, confidence, action, latencyMs, fallback, at));
			});
		}
		catch (RuntimeException ex) {
			log.error("Could not record turn {} of the call; carrying on", turn, ex);
		}
	}

	void end(String callSid, Integer durationSec, CallOutcome outcome, Long appointmentId) {
		Instant endedAt = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			if (this.records.end(callSid, endedAt, durationSec, outcome, appointmentId)) {
				this.events.publishEvent(new CallEnded(callSid, outcome, durationSec, appointmentId, endedAt));
			}
		});
		log.info("Call ended: {} after {} s", outcome, durationSec);
	}

}
