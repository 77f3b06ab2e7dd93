package io.bella.voice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Call sessions in Redis, so that any instance of Bella can take any turn of any call. A
 * call is one hash ({@code bella:call:<sid>}) holding the session, the TwiML of each
 * answered turn and the turn claims; the whole hash expires together, its expiry renewed
 * in the same transaction as every write.
 */
class RedisCallSessions implements CallSessions {

	private static final String PREFIX = "bella:call:";

	private static final String SESSION = "session";

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
		String key = key(callSid);
		List<Object> results = this.redis.execute(new SessionCallback<>() {

			@Override
			@SuppressWarnings("unchecked")
			public <K, V> List<Object> execute(RedisOperations<K, V> operations) {
				RedisOperations<String, String> redis = (RedisOperations<String, String>) operations;
				redis.multi();
				redis.opsForHash().putIfAbsent(key, "claim:" + turn, "1");
				redis.expire(key, RedisCallSessions.this.ttl);
				return redis.exec();
			}

		});
		return results != null && Boolean.TRUE.equals(results.get(0));
	}

	@Override
	public void delete(String callSid) {
		this.redis.delete(key(callSid));
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
	 * Writes fields of a call's hash and renews its expiry in one transaction, so that no
	 * hash is ever left without one.
	 */
	private void write(String callSid, Map<String, String> fields) {
		String key = key(callSid);
		this.redis.execute(new SessionCallback<List<Object>>() {

			@Override
			@SuppressWarnings("unchecked")
			public <K, V> List<Object> execute(RedisOperations<K, V> operations) {
				RedisOperations<String, String> redis = (RedisOperations<String, String>) operations;
				redis.multi();
				redis.opsForHash().putAll(key, fields);
				redis.expire(key, RedisCallSessions.this.ttl);
				return redis.exec();
			}

		});
	}

	private static String key(String callSid) {
		return PREFIX + callSid;
	}

	private static String answerField(int turn) {
		return "answer:" + turn;
	}

}
