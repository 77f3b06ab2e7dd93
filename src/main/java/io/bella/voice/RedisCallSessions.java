package io.bella.voice;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Call sessions in Redis, so that any instance of Bella can take any turn of any call. A
 * call is one hash ({@code bella:call:<sid>}) holding the session, the TwiML of each
 * answered turn and the turn claims; the whole hash expires together.
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
		String key = key(session.getCallSid());
		this.redis.opsForHash().putAll(key, Map.of(SESSION, this.codec.write(session), answerField(turn), twiml));
		this.redis.expire(key, this.ttl);
	}

	@Override
	public void saveAnswer(String callSid, int turn, String twiml) {
		String key = key(callSid);
		this.redis.opsForHash().put(key, answerField(turn), twiml);
		this.redis.expire(key, this.ttl);
	}

	@Override
	public Optional<String> answer(String callSid, int turn) {
		Object twiml = this.redis.opsForHash().get(key(callSid), answerField(turn));
		return Optional.ofNullable(twiml).map(String.class::cast);
	}

	@Override
	public boolean claim(String callSid, int turn) {
		String key = key(callSid);
		boolean claimed = this.redis.opsForHash().putIfAbsent(key, "claim:" + turn, "1");
		if (claimed) {
			this.redis.expire(key, this.ttl);
		}
		return claimed;
	}

	@Override
	public void delete(String callSid) {
		this.redis.delete(key(callSid));
	}

	private static String key(String callSid) {
		return PREFIX + callSid;
	}

	private static String answerField(int turn) {
		return "answer:" + turn;
	}

}
