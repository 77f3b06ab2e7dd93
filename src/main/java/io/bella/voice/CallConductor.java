package io.bella.voice;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.CallSession;
import io.bella.dialogue.DialogueEngine;
import io.bella.dialogue.Reply;
import io.bella.dialogue.Utterance;
import io.bella.system.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries a phone call turn by turn: keeps the call's session, lets the dialogue engine
 * decide what to say, writes it as TwiML, records the turn, and makes sure Twilio always
 * gets an answer in time, the same answer when it asks twice, and an apology with a safe
 * path when anything behind it fails.
 */
class CallConductor {

	private static final Logger log = LoggerFactory.getLogger(CallConductor.class);

	/** The caller recorded for a call whose number is withheld or unavailable. */
	static final String ANONYMOUS = "anonymous";

	private static final Set<String> FINAL_STATUSES = Set.of("completed", "busy", "failed", "no-answer", "canceled");

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	private final DialogueEngine dialogue;

	private final CallSessions sessions;

	private final CallRecords records;

	private final Twiml twiml;

	private final ClinicFacts clinicFacts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final ExecutorService executor;

	private final TurnAdmission admission;

	private final VoiceProperties properties;

	private final Clock clock;

	CallConductor(DialogueEngine dialogue, CallSessions sessions, CallRecords records, Twiml twiml,
			ClinicFacts clinicFacts, ApplicationEventPublisher events, TransactionTemplate transactions,
			ExecutorService executor, TurnAdmission admission, VoiceProperties properties, Clock clock) {
		this.dialogue = dialogue;
		this.sessions = sessions;
		this.records = records;
		this.twiml = twiml;
		this.clinicFacts = clinicFacts;
		this.events = events;
		this.transactions = transactions;
		this.executor = executor;
		this.admission = admission;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Answers a new call with the greeting (turn 0).
	 */
	String answer(IncomingCall call) {
		long started = System.nanoTime();
		return withinBudget(call.callSid(), 0, null, started, (handOff) -> {
			Optional<String> replay = replay(call.callSid(), 0, started);
			if (replay.isPresent()) {
				return replay.get();
			}
			CallSession session = newSession(call);
			recordStart(session);
			Reply reply = this.dialogue.start(session);
			return complete(session, 0, null, reply, started, handOff);
		});
	}

	/**
	 * Answers what the caller said in a turn (1, 2, ...).
	 */
	String respond(IncomingCall call, int turn, Utterance utterance) {
		long started = System.nanoTime();
		return withinBudget(call.callSid(), turn, utterance, started, (handOff) -> {
			Optional<String> replay = replay(call.callSid(), turn, started);
			if (replay.isPresent()) {
				return replay.get();
			}
			Optional<CallSession> stored = this.sessions.find(call.callSid());
			Reply reply;
			CallSession session;
			if (stored.isPresent()) {
				session = stored.get();
				reply = this.dialogue.respond(session, utterance);
			}
			else {
				// the call's state expired or was lost with an instance: start over
				// rather than guess
				log.warn("No session for turn {} of the call; starting the conversation again", turn);
				session = newSession(call);
				recordStart(session);
				Reply greeting = this.dialogue.start(session);
				reply = new Reply("Sorry, I lost track of our conversation. " + greeting.speech(), greeting.action(),
						greeting.expect(), greeting.transferNumber());
			}
			return complete(session, turn, utterance, reply, started, handOff);
		});
	}

	/**
	 * Closes a call when Twilio reports that it ended.
	 */
	void end(String callSid, String callStatus, Integer durationSec) {
		if (callStatus == null || !FINAL_STATUSES.contains(callStatus.toLowerCase())) {
			return;
		}
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
		Instant endedAt = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			if (this.records.end(callSid, endedAt, durationSec, outcome, appointmentId)) {
				this.events.publishEvent(new CallEnded(callSid, outcome, durationSec, appointmentId, endedAt));
			}
		});
		log.info("Call ended: {} after {} s", outcome, durationSec);
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

	private Optional<String> replay(String callSid, int turn, long started) {
		Optional<String> answered = this.sessions.answer(callSid, turn);
		if (answered.isPresent()) {
			log.info("Turn {} delivered again; replaying its answer", turn);
			return answered;
		}
		if (this.sessions.claim(callSid, turn)) {
			return Optional.empty();
		}
		// the same turn is being answered right now by another delivery: wait for it
		log.info("Turn {} delivered again while it is being answered; waiting for that answer", turn);
		long deadline = started + this.properties.turnBudget().toNanos();
		while (System.nanoTime() < deadline) {
			LockSupport.parkNanos(POLL_NANOS);
			answered = this.sessions.answer(callSid, turn);
			if (answered.isPresent()) {
				return answered;
			}
		}
		throw new IllegalStateException("Turn " + turn + " was claimed but never answered");
	}

	private CallSession newSession(IncomingCall call) {
		return new CallSession(call.callSid(), PhoneNumbers.callerId(call.from()).orElse(ANONYMOUS), call.to(),
				this.clock.instant());
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

	private String complete(CallSession session, int turn, Utterance heard, Reply reply, long started,
			TurnHandOff handOff) {
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
		recordTurn(session.getCallSid(), turn, heard, reply.speech(), reply.action(), latencyMs, false);
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

	private void recordTurn(String callSid, int turn, Utterance heard, String said, Reply.Action action, long latencyMs,
			boolean fallback) {
		Instant at = this.clock.instant();
		String text = (heard != null && !heard.isSilence()) ? heard.text() : null;
		Double confidence = (text != null) ? heard.confidence() : null;
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.records.addTurn(callSid, new CallTurn(turn, text, confidence, (said != null) ? said : "", action,
						latencyMs, fallback, at));
				this.events.publishEvent(new TurnCompleted(callSid, turn, confidence, action, latencyMs, fallback, at));
			});
		}
		catch (RuntimeException ex) {
			log.error("Could not record turn {} of the call; carrying on", turn, ex);
		}
	}

	private String withinBudget(String callSid, int turn, Utterance heard, long started, Turn work) {
		Map<String, String> mdc = MDC.getCopyOfContextMap();
		String transferNumber = this.clinicFacts.transferNumber();
		TurnHandOff handOff = new TurnHandOff(this.twiml.fallback(transferNumber));
		if (!admit(turn)) {
			return turnedAway(callSid, turn, heard, started, mdc, transferNumber, handOff);
		}
		try {
			this.executor.submit(withMdc(mdc, () -> {
				try {
					handOff.answer.complete(work.run(handOff));
				}
				catch (Exception | Error ex) {
					handOff.answer.completeExceptionally(ex);
				}
				finally {
					// held until the work ends, even after the apology: a turn stuck
					// behind a hanging database still takes up room
					this.admission.release(System.nanoTime() - started);
				}
				return null;
			}));
		}
		catch (RejectedExecutionException ex) {
			this.admission.release(System.nanoTime() - started);
			// every turn thread is busy, most likely with turns stuck behind a hanging
			// database: nothing was claimed or done, and waiting would not help
			log.error("No thread free for turn {}; answering with the apology at once", turn);
			fallback(callSid, turn, heard, started, mdc, transferNumber, handOff);
			return handOff.apology;
		}
		long remaining = this.properties.turnBudget().toNanos() - (System.nanoTime() - started);
		try {
			return handOff.answer.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			// not interrupted: a turn stopped halfway through a JDBC call would lose its
			// connection and could leave the dialogue half done; it finishes unheard
			if (!handOff.claim(TurnHandOff.Owner.APOLOGY)) {
				// the worker claimed the turn a moment ago and is storing its answer,
				// which is then the one the caller must hear
				return claimedAnswer(callSid, turn, heard, started, mdc, transferNumber, handOff);
			}
			log.error("Turn {} took longer than {}; answering with the apology", turn, this.properties.turnBudget());
		}
		catch (ExecutionException ex) {
			log.error("Turn {} failed; answering with the apology", turn, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			if (!handOff.claim(TurnHandOff.Owner.APOLOGY)) {
				// the worker owns the turn's answer; this thread cannot wait for it
				return handOff.apology;
			}
		}
		fallback(callSid, turn, heard, started, mdc, transferNumber, handOff);
		return handOff.apology;
	}

	/**
	 * Waits for room for a turn: briefly for a new call, which is turned away rather than
	 * answered late, longer for a call in progress, which keeps priority.
	 */
	private boolean admit(int turn) {
		return (turn == 0) ? this.admission.admitNewCall() : this.admission.admitTurn();
	}

	/**
	 * What a turn the instance has no room for answers: a new call hears that the lines
	 * are busy (nothing was claimed, stored or recorded, and a retry of the webhook is
	 * simply a new attempt), a call in progress the apology.
	 */
	private String turnedAway(String callSid, int turn, Utterance heard, long started, Map<String, String> mdc,
			String transferNumber, TurnHandOff handOff) {
		if (turn == 0) {
			log.warn("All lines busy ({} turns running): turning the new call away", this.admission.running());
			return this.twiml.busy(transferNumber);
		}
		log.error("No room for turn {} within its budget; answering with the apology", turn);
		fallback(callSid, turn, heard, started, mdc, transferNumber, handOff);
		return handOff.apology;
	}

	/**
	 * The answer of a turn its worker claimed just as the budget ran out: its store takes
	 * a moment, so it gets one more budget before the caller hears the apology.
	 */
	private String claimedAnswer(String callSid, int turn, Utterance heard, long started, Map<String, String> mdc,
			String transferNumber, TurnHandOff handOff) {
		try {
			return handOff.answer.get(this.properties.turnBudget().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			// the worker's store failed: nothing of it is kept, the apology can be
			log.error("Turn {} failed while storing its answer; answering with the apology", turn, ex.getCause());
			fallback(callSid, turn, heard, started, mdc, transferNumber, handOff);
		}
		catch (TimeoutException ex) {
			// the session store hangs: the worker still owns the turn, so the apology is
			// not stored over its answer
			log.error("Turn {} could not store its answer in time; answering with the apology", turn);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return handOff.apology;
	}

	private void fallback(String callSid, int turn, Utterance heard, long started, Map<String, String> mdc,
			String transferNumber, TurnHandOff handOff) {
		long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		Reply.Action action = (transferNumber != null) ? Reply.Action.TRANSFER : Reply.Action.TAKE_MESSAGE;
		String apology = handOff.apology;
		// remembered and recorded on the side: the store or the database may be what
		// failed, and the caller must not wait for them
		try {
			this.executor.submit(withMdc(mdc, () -> {
				try {
					this.sessions.saveAnswer(callSid, turn, apology);
					// with a late worker that keeps what it booked, which reads and
					// writes
					// the same session
					synchronized (handOff) {
						this.sessions.find(callSid)
							.filter((session) -> session.getOutcome() == null)
							.ifPresent((session) -> {
								session.setOutcome(CallOutcome.FAILED);
								this.sessions.save(session, turn, apology);
							});
					}
				}
				catch (RuntimeException ex) {
					log.warn("Could not store the apology of turn {} ({})", turn, ex.toString());
				}
				recordTurn(callSid, turn, heard, Twiml.fallbackSpeech(transferNumber), action, latencyMs, true);
				return null;
			}));
		}
		catch (RejectedExecutionException ex) {
			// no thread free: the caller hears the apology all the same; a retry of the
			// turn runs it again (this delivery claimed nothing if it never ran)
			log.warn("No thread free to store and record the apology of turn {}", turn);
		}
	}

	private static <T> Callable<T> withMdc(Map<String, String> mdc, Callable<T> task) {
		return () -> {
			if (mdc != null) {
				MDC.setContextMap(mdc);
			}
			try {
				return task.call();
			}
			finally {
				MDC.clear();
			}
		};
	}

	@FunctionalInterface
	private interface Turn {

		/**
		 * @param handOff to claim the turn before storing its answer, and the apology the
		 * caller hears when the request thread claimed it first
		 */
		String run(TurnHandOff handOff) throws Exception;

	}

}
