package io.bella.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.CallSession;
import io.bella.dialogue.CallerIdentity;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs against the Redis in {@code REDIS_URL} (CI starts one).
 */
@EnabledIfRedis
class RedisCallSessionsIntegrationTests {

	private LettuceConnectionFactory connectionFactory;

	private StringRedisTemplate redis;

	private RedisCallSessions sessions;

	private final String callSid = "CAtest" + System.nanoTime();

	@BeforeEach
	void connect() {
		this.connectionFactory = new LettuceConnectionFactory(
				LettuceConnectionFactory.createRedisConfiguration(RedisURI.create(System.getenv("REDIS_URL"))));
		this.connectionFactory.afterPropertiesSet();
		this.connectionFactory.start();
		this.redis = new StringRedisTemplate(this.connectionFactory);
		this.sessions = new RedisCallSessions(this.redis, new CallSessionCodec(JsonMapper.builder().build()),
				Duration.ofMinutes(10));
	}

	@AfterEach
	void disconnect() {
		this.redis.delete("bella:call:" + this.callSid);
		this.connectionFactory.destroy();
	}

	@Test
	void sessionRoundTripsWithTheAnswerOfItsTurnAndExpires() {
		CallSession session = new CallSession(this.callSid, "+14165550123", "+14165550100",
				Instant.parse("2026-03-10T14:00:00Z"));
		session.setTurn(2);
		session.identity(new CallerIdentity("Jane Doe", null, false, null, false, true, 0));
		session.setOutcome(CallOutcome.BOOKED);
		session.setAppointmentId(42L);
		this.sessions.save(session, 2, "<Response><Say>Hi</Say></Response>");

		CallSession found = this.sessions.find(this.callSid).orElseThrow();
		assertThat(found.identity().name()).isEqualTo("Jane Doe");
		assertThat(found.getTurn()).isEqualTo(2);
		assertThat(found.getOutcome()).isEqualTo(CallOutcome.BOOKED);
		assertThat(found.getAppointmentId()).isEqualTo(42L);
		assertThat(found.getStartedAt()).isEqualTo(Instant.parse("2026-03-10T14:00:00Z"));
		assertThat(this.sessions.answer(this.callSid, 2)).contains("<Response><Say>Hi</Say></Response>");
		assertThat(this.sessions.answer(this.callSid, 3)).isEmpty();
		assertThat(this.redis.getExpire("bella:call:" + this.callSid)).isBetween(1L, 600L);
	}

	@Test
	void tellsHowLongEachStoredSessionHasBeenQuietInOneRoundTrip() throws InterruptedException {
		this.sessions.saveAnswer(this.callSid, 0, "<Response/>");
		Thread.sleep(300);
		Map<String, Duration> idle = this.sessions.idle(List.of(this.callSid, "CAnever" + System.nanoTime()));
		assertThat(idle).containsOnlyKeys(this.callSid);
		assertThat(idle.get(this.callSid)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
		this.sessions.delete(this.callSid);
		assertThat(this.sessions.idle(List.of(this.callSid))).isEmpty();
	}

	@Test
	void aTurnIsClaimedOnceAcrossInstances() {
		RedisCallSessions otherInstance = new RedisCallSessions(this.redis,
				new CallSessionCodec(JsonMapper.builder().build()), Duration.ofMinutes(10));
		assertThat(this.sessions.claim(this.callSid, 1)).isTrue();
		assertThat(otherInstance.claim(this.callSid, 1)).isFalse();
		assertThat(otherInstance.claim(this.callSid, 2)).isTrue();
		assertThat(this.redis.getExpire("bella:call:" + this.callSid)).isPositive();
	}

	@Test
	void deletedSessionsAreGone() {
		this.sessions.save(new CallSession(this.callSid, "anonymous", null, Instant.now()), 0, "<Response/>");
		this.sessions.saveAnswer(this.callSid, 1, "<Response/>");
		this.sessions.delete(this.callSid);
		assertThat(this.sessions.find(this.callSid)).isEmpty();
		assertThat(this.sessions.answer(this.callSid, 1)).isEmpty();
	}

}
