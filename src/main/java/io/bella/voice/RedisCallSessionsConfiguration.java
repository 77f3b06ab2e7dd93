package io.bella.voice;

import java.time.Duration;

import io.lettuce.core.RedisURI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.data.redis.health.DataRedisHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Call sessions in Redis when {@code REDIS_URL} is set. The connection is built here
 * rather than by Spring Boot's Redis auto-configuration (excluded in
 * {@code application.yml}), so that without Redis nothing tries to connect to it or
 * reports it down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${bella.redis.url:}'.isBlank()")
class RedisCallSessionsConfiguration {

	// a turn has 1.5 s in all; a Redis that does not answer in time counts as down
	private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

	@Bean
	LettuceConnectionFactory voiceRedisConnectionFactory(@Value("${bella.redis.url}") String url) {
		RedisURI uri = RedisURI.create(url.trim());
		LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
			.commandTimeout(COMMAND_TIMEOUT);
		if (uri.isSsl()) {
			client.useSsl();
		}
		return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(uri), client.build());
	}

	@Bean
	StringRedisTemplate voiceRedisTemplate(LettuceConnectionFactory voiceRedisConnectionFactory) {
		return new StringRedisTemplate(voiceRedisConnectionFactory);
	}

	@Bean
	RedisCallSessions redisCallSessions(StringRedisTemplate voiceRedisTemplate, CallSessionCodec codec,
			VoiceProperties properties) {
		return new RedisCallSessions(voiceRedisTemplate, codec, properties.sessionTtl());
	}

	@Bean
	DataRedisHealthIndicator redisHealthIndicator(LettuceConnectionFactory voiceRedisConnectionFactory) {
		return new DataRedisHealthIndicator(voiceRedisConnectionFactory);
	}

}
