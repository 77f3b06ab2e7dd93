package io.bella.voice;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Decides which turns may start, so that an instance beyond its capacity turns new calls
 * away deliberately instead of answering everyone late. At most {@code maxTurns} turns
 * run at once (a turn holds its place until its work ends, even after its caller heard
 * the apology, so that turns stuck behind a hanging database count); a new call needs a
 * further {@code reserved} places free, and waits behind every turn of a call in
 * progress, and none starts while recent turns have been slow. Both wait a bounded time
 * for a place, in arrival order.
 */
class TurnAdmission {

	private static final long STALE_NANOS = Duration.ofSeconds(2).toNanos();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition callsInProgress = this.lock.newCondition();

	private final Condition newCalls = this.lock.newCondition();

	private final int maxTurns;

	private final int maxTurnsForNewCalls;

	private final Duration newCallWait;

	private final Duration inProgressWait;

	private final long slowTurnNanos;

	private int running;

	private int waitingInProgress;

	// how long turns took lately (an exponentially weighted mean) and when one last ended
	private double recentTurnNanos;

	private long recentAt;

	/**
	 * @param maxTurns the most turns running at once
	 * @param reserved places only turns of calls in progress may take
	 * @param newCallWait how long a new call waits for a place
	 * @param inProgressWait how long a turn of a call in progress waits for a place
	 * @param slowTurn how long turns may take lately, from the webhook's arrival to the
	 * end of their work, before new calls are turned away
	 */
	TurnAdmission(int maxTurns, int reserved, Duration newCallWait, Duration inProgressWait, Duration slowTurn) {
		if (maxTurns < 1) {
			throw new IllegalArgumentException("bella.voice.max-concurrent-turns must be at least 1");
		}
		this.maxTurns = maxTurns;
		// a new call can always start on an idle instance, however much is reserved
		this.maxTurnsForNewCalls = Math.max(1, maxTurns - reserved);
		this.newCallWait = newCallWait;
		this.inProgressWait = inProgressWait;
		this.slowTurnNanos = slowTurn.toNanos();
	}

	/**
	 * For turns of {@code turnBudget}: a turn of a call in progress waits at most half of
	 * it, leaving the other half for the turn itself.
	 */
	static TurnAdmission of(VoiceProperties voice, CapacityProperties capacity) {
		return new TurnAdmission(voice.maxConcurrentTurns(), capacity.reservedTurns(), capacity.newCallWait(),
				voice.turnBudget().dividedBy(2), capacity.slowTurn());
	}

	/**
	 * Takes a place for the first turn of a new call, waiting a little.
	 * @return whether the call may start; {@code false} when the instance stayed full
	 */
	boolean admitNewCall() {
		long remaining = this.newCallWait.toNanos();
		this.lock.lock();
		try {
			while (this.running >= this.maxTurnsForNewCalls || this.waitingInProgress > 0 || slow()) {
				if (remaining <= 0) {
					// a signal this thread may have taken goes to the next in line
					signalNext();
					return false;
				}
				remaining = this.newCalls.awaitNanos(remaining);
			}
			this.running++;
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			signalNext();
			return false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Takes a place for a turn of a call in progress, waiting up to half its budget.
	 * @return whether the turn may run
	 */
	boolean admitTurn() {
		long remaining = this.inProgressWait.toNanos();
		this.lock.lock();
		this.waitingInProgress++;
		try {
			while (this.running >= this.maxTurns) {
				if (remaining <= 0) {
					return false;
				}
				remaining = this.callsInProgress.awaitNanos(remaining);
			}
			this.running++;
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.waitingInProgress--;
			signalNext();
			this.lock.unlock();
		}
	}

	/**
	 * Gives back the place of a turn whose work ended.
	 * @param turnNanos how long the turn took, from its webhook's arrival
	 */
	void release(long turnNanos) {
		this.lock.lock();
		try {
			this.running--;
			this.recentTurnNanos = (this.recentAt == 0) ? turnNanos : 0.9 * this.recentTurnNanos + 0.1 * turnNanos;
			this.recentAt = System.nanoTime();
			signalNext();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Turns running now.
	 */
	int running() {
		this.lock.lock();
		try {
			return this.running;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Turns of calls in progress waiting for a place now.
	 */
	int waitingInProgress() {
		this.lock.lock();
		try {
			return this.waitingInProgress;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Whether the turns running now are slow: the instance has more to do than it can do
	 * within the budget (the CPU, the database or the session store is saturated), and a
	 * new call would only make every call slower. What an idle instance measured earlier
	 * no longer says anything.
	 */
	private boolean slow() {
		return this.running > 0 && this.recentAt != 0 && this.recentTurnNanos > this.slowTurnNanos
				&& System.nanoTime() - this.recentAt < STALE_NANOS;
	}

	private void signalNext() {
		if (this.waitingInProgress > 0) {
			if (this.running < this.maxTurns) {
				this.callsInProgress.signal();
			}
		}
		else if (this.running < this.maxTurnsForNewCalls) {
			this.newCalls.signal();
		}
	}

}
