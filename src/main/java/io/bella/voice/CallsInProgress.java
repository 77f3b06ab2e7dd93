package io.bella.voice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The calls this instance let in and that are still under way, so that it lets in no more
 * than it can carry to the end. Turns are admitted one at a time ({@link TurnAdmission}),
 * but a call commits the instance to every turn that follows: a rush of new calls whose
 * greetings all come in before the first of their turns has shown any load would
 * otherwise be let in together, and then every one of them would hear the apology halfway
 * through.
 * <p>
 * A call counts from its greeting until the instance learns that it ended (Twilio's
 * status callback, when it reaches this instance) or until its session has gone from the
 * store or has not been written for {@code idleAfter}: with several instances its later
 * turns and its end may be taken by another one, so the session store, which every
 * instance writes, says which calls are still alive. The store is asked only when the
 * instance is full, and at most once per {@code idleAfter} / 30.
 */
class CallsInProgress {

	// how long after its greeting a call's session is surely in the store
	private static final Duration FIRST_WRITE = Duration.ofSeconds(5);

	private final int maxCalls;

	private final Duration idleAfter;

	private final CallSessions sessions;

	private final LongSupplier nanoTime;

	private final long pruneEveryNanos;

	// the calls let in, with when this instance let them in
	private final Map<String, Long> calls = new ConcurrentHashMap<>();

	private long prunedAt;

	private boolean pruned;

	/**
	 * @param maxCalls the most calls in progress this instance lets in
	 * @param idleAfter how long a call's session may go unwritten before the call counts
	 * as over (a turn comes every few seconds while a call goes on)
	 * @param sessions the store every instance writes the sessions to
	 * @param nanoTime the monotonic clock, {@link System#nanoTime()}
	 */
	CallsInProgress(int maxCalls, Duration idleAfter, CallSessions sessions, LongSupplier nanoTime) {
		if (maxCalls < 1) {
			throw new IllegalArgumentException("bella.voice.capacity.max-calls must be at least 1");
		}
		this.maxCalls = maxCalls;
		this.idleAfter = idleAfter;
		this.sessions = sessions;
		this.nanoTime = nanoTime;
		this.pruneEveryNanos = idleAfter.toNanos() / 30;
	}

	static CallsInProgress of(CapacityProperties capacity, CallSessions sessions) {
		return new CallsInProgress(capacity.maxCalls(), capacity.callIdleAfter(), sessions, System::nanoTime);
	}

	/**
	 * Lets a new call in, unless as many as the instance carries are in progress. A
	 * greeting delivered again is the same call and is let in again.
	 * @return whether the call may start
	 */
	synchronized boolean admit(String callSid) {
		if (this.calls.containsKey(callSid)) {
			return true;
		}
		if (this.calls.size() >= this.maxCalls) {
			prune();
		}
		if (this.calls.size() >= this.maxCalls) {
			return false;
		}
		this.calls.put(callSid, this.nanoTime.getAsLong());
		return true;
	}

	/**
	 * The call ended, or never started after all: its place is free.
	 */
	void ended(String callSid) {
		this.calls.remove(callSid);
	}

	/**
	 * The calls this instance let in that are under way, as far as it knows.
	 */
	int count() {
		return this.calls.size();
	}

	/**
	 * Forgets the calls whose sessions are gone or idle. Calls let in within the last few
	 * seconds are kept whatever the store says: their first write may still be on its
	 * way. When the store cannot be reached, nothing is forgotten: the instance stays
	 * full rather than take on calls it cannot count.
	 */
	private void prune() {
		long now = this.nanoTime.getAsLong();
		if (this.pruned && now - this.prunedAt < this.pruneEveryNanos) {
			return;
		}
		this.pruned = true;
		this.prunedAt = now;
		List<String> settled = this.calls.entrySet()
			.stream()
			.filter((call) -> now - call.getValue() >= FIRST_WRITE.toNanos())
			.map(Map.Entry::getKey)
			.toList();
		if (settled.isEmpty()) {
			return;
		}
		Map<String, Duration> idle;
		try {
			idle = this.sessions.idle(settled);
		}
		catch (RuntimeException ex) {
			return;
		}
		for (String callSid : settled) {
			Duration since = idle.get(callSid);
			if (since == null || since.compareTo(this.idleAfter) >= 0) {
				this.calls.remove(callSid);
			}
		}
	}

}
