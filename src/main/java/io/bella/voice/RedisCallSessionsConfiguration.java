package io.bella.voice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Call sessions in Redis when {@code REDIS_URL} is set, over the one connection the
 * system module opens to it (with the timeouts and reconnection a turn's budget needs).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${bella.redis.url:}'.isBlank()")
class RedisCallSessionsConfiguration {

	@Bean
	StringRedisTemplate voiceRedisTemplate(RedisConnectionFactory redisConnectionFactory) {
		return new StringRedisTemplate(redisConnectionFactory);
	}

	@Bean
	RedisCallSessions redisCallSessions(StringRedisTemplate voiceRedisTemplate, CallSessionCodec codec,
			VoiceProperties properties) {
		return new RedisCallSessions(voiceRedisTemplate, codec, properties.sessionTtl());
	}

}
