package io.bella.voice;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.bella.dialogue.CallSession;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Call sessions in Redis, so that any instance of Bella can take any turn of any call. A
 * call is one hash ({@code bella:call:<sid>}) holding the session, the TwiML of each
 * answered turn and the turn claims; the whole hash expires together, its expiry renewed
 * atomically with every write.
 */
class RedisCallSessions implements CallSessions {

	private static final String PREFIX = "bella:call:";

	private static final String SESSION = "session";

	// scripts rather than MULTI/EXEC: a transaction takes a connection of its own, which
	// Lettuce opens (and closes) for every one without a pool, a TCP and TLS handshake
	// per turn; a script runs atomically on the one shared connection
	private static final RedisScript<Long> CLAIM = RedisScript.of("""
			local claimed = redis.call('HSETNX', KEYS[1], ARGV[1], '1')
			redis.call('PEXPIRE', KEYS[1], ARGV[2])
			return claimed""", Long.class);

	private static final RedisScript<Long> WRITE = RedisScript.of("""
			redis.call('HSET', KEYS[1], unpack(ARGV, 2))
			redis.call('PEXPIRE', KEYS[1], ARGV[1])
			return 1""", Long.class);

	private final StringRedisTemplate redis;

	private final CallSessionCodec codec;

	private final Duration ttl;

	RedisCallSessions(StringRedisTemplate redis, CallSessionCodec codec, Duration ttl) {
		this.redis = redis;
		this.codec = codec;
		this.ttl = ttl;
	}

	@Override
	public Optional<CallSession> find(String callSid) {
		Object json = this.redis.opsForHash().get(key(callSid), SESSION);
		return Optional.ofNullable(json).map(String.class::cast).map(this.codec::read);
	}

	@Override
	public void save(CallSession session, int turn, String twiml) {
		write(session.getCallSid(), Map.of(SESSION, this.codec.write(session), answerField(turn), twiml));
	}

	@Override
	public void saveAnswer(String callSid, int turn, String twiml) {
		write(callSid, Map.of(answerField(turn), twiml));
	}

	@Override
	public Optional<String> answer(String callSid, int turn) {
		Object twiml = this.redis.opsForHash().get(key(callSid), answerField(turn));
		return Optional.ofNullable(twiml).map(String.class::cast);
	}

	@Override
	public boolean claim(String callSid, int turn) {
		Long claimed = this.redis.execute(CLAIM, List.of(key(callSid)), "claim:" + turn, ttlMillis());
		return Long.valueOf(1).equals(claimed);
	}

	@Override
	public void delete(String callSid) {
		this.redis.delete(key(callSid));
	}

	/**
	 * From each hash's remaining time to live: every write renews it to the whole
	 * {@code ttl}, so what is missing of it has passed since the last write. One round
	 * trip for all of them.
	 */
	@Override
	public Map<String, Duration> idle(Collection<String> callSids) {
		List<String> sids = List.copyOf(callSids);
		List<Object> remaining = this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			sids.forEach((sid) -> connection.keyCommands().pTtl(key(sid).getBytes(StandardCharsets.UTF_8)));
			return null;
		});
		Map<String, Duration> idle = new HashMap<>();
		for (int i = 0; i < sids.size(); i++) {
			// -2: no such hash (the call ended or expired); -1 cannot happen, every write
			// sets an expiry
			if (remaining.get(i) instanceof Long millis && millis >= 0) {
				idle.put(sids.get(i), this.ttl.minusMillis(millis));
			}
		}
		return idle;
	}

	@Override
	public void check() {
		this.redis.execute(RedisConnection::ping, true);
	}

	@Override
	public String store() {
		return "redis";
	}

	/**
	 * Writes fields of a call's hash and renews its expiry in one script, so that no hash
	 * is ever left without one.
	 */
	private void write(String callSid, Map<String, String> fields) {
		List<String> args = new ArrayList<>(1 + 2 * fields.size());
		args.add(ttlMillis());
		fields.forEach((field, value) -> {
			args.add(field);
			args.add(value);
		});
		this.redis.execute(WRITE, List.of(key(callSid)), args.toArray());
	}

	private String ttlMillis() {
		return String.valueOf(this.ttl.toMillis());
	}

	private static String key(String callSid) {
		return PREFIX + callSid;
	}

	private static String answerField(int turn) {
		return "answer:" + turn;
	}

}
