package io.bella.voice;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.CallSession;
import io.bella.dialogue.DialogueEngine;
import io.bella.dialogue.Reply;
import io.bella.dialogue.Utterance;
import io.bella.system.ModelUsage;
import io.bella.system.ModelUsageMeter;
import io.bella.system.ModelUsageMeter.Measured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a phone call turn by turn: keeps the call's session, lets the dialogue engine
 * decide what to say, writes it as TwiML, records the turn, and makes sure Twilio always
 * gets an answer in time, the same answer when it asks twice, and an apology with a safe
 * path when anything behind it fails.
 */
class CallConductor {

	private static final Logger log = LoggerFactory.getLogger(CallConductor.class);

	private static final Set<String> FINAL_STATUSES = Set.of("completed", "busy", "failed", "no-answer", "canceled");

	private final DialogueEngine dialogue;

	private final CallSessions sessions;

	private final Twiml twiml;

	private final ClinicFacts clinicFacts;

	private final CallRecorder recorder;

	private final TurnBudget turns;

	CallConductor(DialogueEngine dialogue, CallSessions sessions, Twiml twiml, ClinicFacts clinicFacts,
			CallRecorder recorder, TurnBudget turns) {
		this.dialogue = dialogue;
		this.sessions = sessions;
		this.twiml = twiml;
		this.clinicFacts = clinicFacts;
		this.recorder = recorder;
		this.turns = turns;
	}

	/**
	 * Answers a new call with the greeting (turn 0).
	 */
	String answer(IncomingCall call) {
		long started = System.nanoTime();
		return this.turns.run(call.callSid(), 0, null, started, (handOff) -> {
			CallSession session = this.recorder.start(call);
			Reply reply = this.dialogue.start(session);
			return complete(session, 0, null, new Answer(reply, ModelUsage.NONE), started, handOff);
		});
	}

	/**
	 * Answers what the caller said in a turn (1, 2, ...).
	 */
	String respond(IncomingCall call, int turn, Utterance utterance) {
		long started = System.nanoTime();
		return this.turns.run(call.callSid(), turn, utterance, started, (handOff) -> {
			Optional<CallSession> stored = this.sessions.find(call.callSid());
			Reply reply;
			CallSession session;
			ModelUsage llm = ModelUsage.NONE;
			if (stored.isPresent()) {
				session = stored.get();
				// the model's tokens are kept with the turn, for the call's cost
				Measured<Reply> measured = ModelUsageMeter
					.measure(() -> this.dialogue.respond(stored.get(), utterance));
				reply = measured.result();
				llm = measured.usage();
			}
			else {
				// the call's state expired or was lost with an instance: start over
				// rather than guess
				log.warn("No session for turn {} of the call; starting the conversation again", turn);
				session = this.recorder.start(call);
				Reply greeting = this.dialogue.start(session);
				reply = new Reply("Sorry, I lost track of our conversation. " + greeting.speech(), greeting.action(),
						greeting.expect(), greeting.transferNumber());
			}
			return complete(session, turn, utterance, new Answer(reply, llm), started, handOff);
		});
	}

	/**
	 * Closes a call when Twilio reports that it ended.
	 */
	void end(String callSid, String callStatus, Integer durationSec) {
		if (callStatus == null || !FINAL_STATUSES.contains(callStatus.toLowerCase())) {
			return;
		}
		this.turns.ended(callSid);
		Optional<CallSession> session = Optional.empty();
		try {
			session = this.sessions.find(callSid);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the session of the ended call ({})", ex.toString());
		}
		CallOutcome outcome = session.map(CallSession::getOutcome)
			.orElse("failed".equalsIgnoreCase(callStatus) ? CallOutcome.FAILED : CallOutcome.ABANDONED);
		Long appointmentId = session.map(CallSession::getAppointmentId).orElse(null);
		this.recorder.end(callSid, durationSec, outcome, appointmentId);
		try {
			this.sessions.delete(callSid);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete the session of the ended call; it will expire ({})", ex.toString());
		}
	}

	String afterDial(String dialCallStatus) {
		return this.twiml.afterDial(dialCallStatus);
	}

	/**
	 * What Twilio gets when the controller itself fails.
	 */
	String fallback() {
		return this.twiml.fallback(this.clinicFacts.transferNumber());
	}

	private String complete(CallSession session, int turn, Utterance heard, Answer answered, long started,
			TurnHandOff handOff) {
		Reply reply = answered.reply();
		session.setTurn(turn);
		if (session.getOutcome() == null) {
			if (reply.action() == Reply.Action.TRANSFER) {
				session.setOutcome(CallOutcome.TRANSFERRED);
			}
			else if (reply.action() == Reply.Action.TAKE_MESSAGE) {
				session.setOutcome(CallOutcome.MESSAGE_TAKEN);
			}
		}
		String answer = this.twiml.reply(reply, turn + 1, this.clinicFacts.hints());
		// claimed before anything is stored, atomically against the request thread giving
		// up: only the side that claims the turn writes its answer
		if (!handOff.claim(TurnHandOff.Owner.WORKER)) {
			late(session, turn, handOff);
			return handOff.apology;
		}
		this.sessions.save(session, turn, answer);
		// handed over before the turn is recorded: the caller need not wait for the
		// database
		handOff.answer.complete(answer);
		long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		this.recorder.turn(session.getCallSid(), turn, heard, reply.speech(), reply.action(), latencyMs, false,
				answered.llm());
		return answer;
	}

	/**
	 * Ends a turn that finished after the request thread gave up on it. The caller heard
	 * the apology, which stays the turn's answer: the dialogue's new state and its reply
	 * are dropped (neither the session nor the turn's TwiML is written, and no turn is
	 * recorded for it), so that the session never holds an offer or a question the caller
	 * did not hear and a retry of the turn replays the apology. What the dialogue
	 * committed meanwhile stays committed, though: an appointment it booked, moved or
	 * cancelled is real, so its outcome and appointment id (and nothing else) are written
	 * onto the stored session, from which the call record takes them when the call ends.
	 */
	private void late(CallSession late, int turn, TurnHandOff handOff) {
		if (!acted(late.getOutcome())) {
			log.warn("Turn {} finished after its apology; what it would have said is dropped", turn);
			return;
		}
		log.warn("Turn {} finished after its apology but {} appointment {}; keeping that on the call", turn,
				late.getOutcome(), late.getAppointmentId());
		try {
			// with the apology's bookkeeping, which reads and writes the same session
			synchronized (handOff) {
				CallSession stored = this.sessions.find(late.getCallSid())
					.orElseGet(() -> new CallSession(late.getCallSid(), late.getCaller(), late.getCalled(),
							late.getStartedAt()));
				stored.setOutcome(late.getOutcome());
				stored.setAppointmentId(late.getAppointmentId());
				this.sessions.save(stored, turn, handOff.apology);
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not keep appointment {} of late turn {} on the call", late.getAppointmentId(), turn, ex);
		}
	}

	private static boolean acted(CallOutcome outcome) {
		return outcome == CallOutcome.BOOKED || outcome == CallOutcome.RESCHEDULED || outcome == CallOutcome.CANCELLED;
	}

	/**
	 * What the dialogue answered a turn, and the tokens the language model charged for
	 * it.
	 */
	private record Answer(Reply reply, ModelUsage llm) {
	}

}
