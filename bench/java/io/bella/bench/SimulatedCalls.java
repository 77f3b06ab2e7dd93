package io.bella.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import io.bella.simulator.BookingCaller;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.CallSimulator.Transcript;
import io.bella.simulator.Caller;

/**
 * Many booking calls at once (the voice load benchmark's {@link BookingCaller}s), each
 * through its own {@link CallSimulator}, arriving over a ramp; counts the turns answered
 * while they run.
 */
final class SimulatedCalls {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private final AtomicInteger turnsAnswered = new AtomicInteger();

	private final int callers;

	private final int thinkMillis;

	private final int rampMillis;

	SimulatedCalls(int callers, int thinkMillis, int rampMillis) {
		this.callers = callers;
		this.thinkMillis = thinkMillis;
		this.rampMillis = rampMillis;
	}

	/** The turns Bella answered so far (every answer the callers heard). */
	int turnsAnswered() {
		return this.turnsAnswered.get();
	}

	/**
	 * Places every call and waits for all of them to end.
	 * @param simulators the simulator for the call number {@code i}
	 */
	List<Call> run(IntFunction<CallSimulator> simulators) throws InterruptedException {
		LocalDate firstDay = LocalDate.now(TORONTO).plusDays(2);
		ExecutorService threads = Executors.newFixedThreadPool(this.callers);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Call>> calls = new ArrayList<>();
		for (int i = 0; i < this.callers; i++) {
			int caller = i;
			BookingCaller booking = BookingCaller.of(caller, this.callers, firstDay, this.thinkMillis);
			Caller counting = (said) -> {
				this.turnsAnswered.incrementAndGet();
				return booking.answer(said);
			};
			String from = String.format("+1416%07d", 5550000 + caller);
			String callSid = CallSimulator.newCallSid();
			CallSimulator simulator = simulators.apply(caller);
			calls.add(threads.submit(() -> {
				go.await();
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos((long) this.rampMillis * caller / this.callers));
				try {
					return new Call(callSid, from, simulator.call(callSid, from, "+14165550100", counting), null);
				}
				catch (RuntimeException ex) {
					return new Call(callSid, from, null, ex.getMessage());
				}
			}));
		}
		go.countDown();
		List<Call> ended = new ArrayList<>();
		for (Future<Call> call : calls) {
			try {
				ended.add(call.get());
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
		threads.shutdown();
		return ended;
	}

	/**
	 * One call as the caller lived it.
	 *
	 * @param callSid its SID
	 * @param from the caller's number
	 * @param transcript what was said, unless the call broke off
	 * @param failure why the call broke off (Bella unreachable, a webhook refused)
	 */
	record Call(String callSid, String from, Transcript transcript, String failure) {

		/** The caller heard that the appointment is booked. */
		boolean heardConfirmation() {
			return this.transcript != null && this.transcript.allSaid().contains("You're all set");
		}

		/** Booked, heard so, and the call ended normally (Twilio's status callback taken). */
		boolean completed() {
			return heardConfirmation() && this.transcript.statusCode() == 204;
		}

		/**
		 * The call ended on the voice module's safe path: the apology (or "all our lines
		 * are busy") and a transfer to a person or a message.
		 */
		boolean safePath() {
			return this.transcript != null
					&& (this.transcript.allSaid().contains("having trouble")
							|| this.transcript.allSaid().contains("lines are busy"))
					&& (this.transcript.end() == CallSimulator.End.TRANSFERRED
							|| this.transcript.end() == CallSimulator.End.MESSAGE);
		}

		/**
		 * Let in by no instance: the caller heard at once that all lines are busy and was
		 * put through to a person or asked for a message, before anything was booked.
		 */
		boolean turnedAway() {
			return safePath() && this.transcript.allSaid().startsWith("Thank you for calling. All our lines are busy");
		}

		String describe() {
			return this.callSid + ": " + ((this.failure != null) ? this.failure : this.transcript.allSaid());
		}

	}

}
