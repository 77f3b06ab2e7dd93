package io.bella.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.bella.dialogue.CallSession;

/**
 * Call sessions in this JVM's memory, for a single instance of Bella. Sessions are kept
 * as JSON, exactly as in Redis, so that no turn can depend on an object another turn left
 * behind.
 */
class InMemoryCallSessions implements CallSessions {

	private static final int SWEEP_EVERY = 512;

	private final Map<String, Entry> calls = new ConcurrentHashMap<>();

	private final CallSessionCodec codec;

	private final Duration ttl;

	private final Clock clock;

	private final AtomicLong writes = new AtomicLong();

	InMemoryCallSessions(CallSessionCodec codec, Duration ttl, Clock clock) {
		this.codec = codec;
		this.ttl = ttl;
		this.clock = clock;
	}

	@Override
	public Optional<CallSession> find(String callSid) {
		return live(callSid).map((entry) -> entry.session).map(this.codec::read);
	}

	@Override
	public void save(CallSession session, int turn, String twiml) {
		Entry entry = touch(session.getCallSid());
		entry.session = this.codec.write(session);
		entry.answers.put(turn, twiml);
	}

	@Override
	public void saveAnswer(String callSid, int turn, String twiml) {
		touch(callSid).answers.put(turn, twiml);
	}

	@Override
	public Optional<String> answer(String callSid, int turn) {
		return live(callSid).map((entry) -> entry.answers.get(turn));
	}

	@Override
	public boolean claim(String callSid, int turn) {
		return touch(callSid).claims.add(turn);
	}

	@Override
	public void delete(String callSid) {
		this.calls.remove(callSid);
	}

	@Override
	public Map<String, Duration> idle(Collection<String> callSids) {
		Instant now = this.clock.instant();
		Map<String, Duration> idle = new HashMap<>();
		for (String callSid : callSids) {
			// every write sets the expiry a whole time to live ahead
			live(callSid)
				.ifPresent((entry) -> idle.put(callSid, Duration.between(entry.expiresAt.minus(this.ttl), now)));
		}
		return idle;
	}

	@Override
	public String store() {
		return "memory";
	}

	int size() {
		return this.calls.size();
	}

	private Optional<Entry> live(String callSid) {
		Entry entry = this.calls.get(callSid);
		if (entry == null) {
			return Optional.empty();
		}
		if (entry.expiresAt.isBefore(this.clock.instant())) {
			this.calls.remove(callSid, entry);
			return Optional.empty();
		}
		return Optional.of(entry);
	}

	private Entry touch(String callSid) {
		if (this.writes.incrementAndGet() % SWEEP_EVERY == 0) {
			sweep();
		}
		Instant expiresAt = this.clock.instant().plus(this.ttl);
		Entry entry = this.calls.compute(callSid,
				(sid, existing) -> (existing != null && !existing.expiresAt.isBefore(this.clock.instant())) ? existing
						: new Entry());
		entry.expiresAt = expiresAt;
		return entry;
	}

	private void sweep() {
		Instant now = this.clock.instant();
		this.calls.values().removeIf((entry) -> entry.expiresAt.isBefore(now));
	}

	private static final class Entry {

		private volatile String session;

		private final Map<Integer, String> answers = new ConcurrentHashMap<>();

		private final Set<Integer> claims = ConcurrentHashMap.newKeySet();

		private volatile Instant expiresAt = Instant.MAX;

	}

}
