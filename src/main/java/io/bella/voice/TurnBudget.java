package io.bella.voice;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.Reply;
import io.bella.dialogue.Utterance;
import io.bella.system.ModelUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Makes sure Twilio gets an answer to every turn in time: runs the turn on a turn thread
 * once there is room for it, replays the answer of a turn delivered twice, and answers
 * with an apology and a safe path when the turn fails or runs out of its budget. At
 * shutdown it waits for the turns still running ({@link #close()}).
 */
class TurnBudget implements AutoCloseable {

	/**
	 * How long shutdown waits for the turns still running (within the Kubernetes grace
	 * period, docs/operations.md#shutdown).
	 */
	static final Duration DRAIN = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(TurnBudget.class);

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

	private final CallSessions sessions;

	private final CallRecorder recorder;

	private final Twiml twiml;

	private final ClinicFacts clinicFacts;

	private final TurnThreads threads;

	private final Duration budget;

	TurnBudget(CallSessions sessions, CallRecorder recorder, Twiml twiml, ClinicFacts clinicFacts, TurnThreads threads,
			Duration budget) {
		this.sessions = sessions;
		this.recorder = recorder;
		this.twiml = twiml;
		this.clinicFacts = clinicFacts;
		this.threads = threads;
		this.budget = budget;
	}

	/**
	 * Answers a turn within the budget that started at {@code started}: with the answer
	 * it already has when it is delivered again, else with what {@code work} says.
	 */
	String run(String callSid, int turn, Utterance heard, long started, Turn work) {
		Map<String, String> mdc = MDC.getCopyOfContextMap();
		String transferNumber = this.clinicFacts.transferNumber();
		TurnHandOff handOff = new TurnHandOff(this.twiml.fallback(transferNumber));
		if (!admit(callSid, turn)) {
			return turnedAway(callSid, turn, heard, started, mdc, transferNumber, handOff);
		}
		try {
			this.threads.executor().submit(withMdc(mdc, () -> {
				try {
					handOff.answer.complete(attempt(callSid, turn, started, work, handOff));
				}
				catch (Exception | Error ex) {
					handOff.answer.completeExceptionally(ex);
				}
				finally {
					// held until the work ends, even after the apology: a turn stuck
					// behind a hanging database still takes up room
					this.threads.admission().release(System.nanoTime() - started);
				}
				return null;
			}));
		}
		catch (RejectedExecutionException ex) {
			this.threads.admission().release(System.nanoTime() - started);
			// every turn thread is busy, most likely with turns stuck behind a hanging
			// database: nothing was claimed or done, and waiting would not help
			log.error("No thread free for turn {}; answering with the apology at once", turn);
			fallback(callSid, turn, heard, started, mdc, transferNumber, handOff);
			return handOff.apology;
		}
		long remaining = this.budget.toNanos() - (System.nanoTime() - started);
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
			log.error("Turn {} took longer than {}; answering with the apology", turn, this.budget);
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
	 * The call ended: its place among the calls in progress is free.
	 */
	void ended(String callSid) {
		this.threads.calls().ended(callSid);
	}

	private String attempt(String callSid, int turn, long started, Turn work, TurnHandOff handOff) throws Exception {
		Optional<String> replay = replay(callSid, turn, started);
		return replay.isPresent() ? replay.get() : work.run(handOff);
	}

	/**
	 * Lets the turns in progress finish before the stores they write to close: the
	 * context destroys this before the call sessions and the database it depends on.
	 */
	@Override
	public void close() {
		this.threads.drain(DRAIN);
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
		long deadline = started + this.budget.toNanos();
		while (System.nanoTime() < deadline) {
			LockSupport.parkNanos(POLL_NANOS);
			answered = this.sessions.answer(callSid, turn);
			if (answered.isPresent()) {
				return answered;
			}
		}
		throw new IllegalStateException("Turn " + turn + " was claimed but never answered");
	}

	/**
	 * Waits for room for a turn: briefly for a new call, which is turned away rather than
	 * answered late, longer for a call in progress, which keeps priority. A new call also
	 * needs a place among the calls in progress.
	 */
	private boolean admit(String callSid, int turn) {
		if (turn != 0) {
			return this.threads.admission().admitTurn();
		}
		if (!this.threads.calls().admit(callSid)) {
			return false;
		}
		if (this.threads.admission().admitNewCall()) {
			return true;
		}
		this.threads.calls().ended(callSid);
		return false;
	}

	/**
	 * What a turn the instance has no room for answers: a new call hears that the lines
	 * are busy (nothing was claimed, stored or recorded, and a retry of the webhook is
	 * simply a new attempt), a call in progress the apology.
	 */
	private String turnedAway(String callSid, int turn, Utterance heard, long started, Map<String, String> mdc,
			String transferNumber, TurnHandOff handOff) {
		if (turn == 0) {
			log.warn("All lines busy ({} calls in progress, {} turns running): turning the new call away",
					this.threads.calls().count(), this.threads.admission().running());
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
			return handOff.answer.get(this.budget.toNanos(), TimeUnit.NANOSECONDS);
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
		WebhookTimingFilter.apologized();
		long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		Reply.Action action = (transferNumber != null) ? Reply.Action.TRANSFER : Reply.Action.TAKE_MESSAGE;
		String apology = handOff.apology;
		// remembered and recorded on the side: the store or the database may be what
		// failed, and the caller must not wait for them
		try {
			this.threads.executor().submit(withMdc(mdc, () -> {
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
				this.recorder.turn(callSid, turn, heard, Twiml.fallbackSpeech(transferNumber), action, latencyMs, true,
						ModelUsage.NONE);
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
	interface Turn {

		/**
		 * @param handOff to claim the turn before storing its answer, and the apology the
		 * caller hears when the request thread claimed it first
		 */
		String run(TurnHandOff handOff) throws Exception;

	}

}
