package io.bella.system;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The one connection to the Redis of {@code REDIS_URL}, shared by the call sessions
 * (voice) and the dashboard's sign-in sessions ({@link RedisSessionConfiguration}). It is
 * built here rather than by Spring Boot's Redis auto-configuration (excluded in
 * {@code application.yml}), so that without Redis nothing tries to connect to it or
 * reports it down.
 * <p>
 * Redis going away must cost a turn no more than its budget, and Redis coming back must
 * serve the very next turn: connecting and every command give up within half a second,
 * and the one shared connection is re-opened every 100 ms at most while Redis is away
 * (Lettuce's default backs off to 30 s, so a turn could fail for half a minute after
 * Redis returned). Commands issued while it is re-opened wait for it (within their
 * timeout) rather than fail at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(RedisConfiguration.REDIS_URL_SET)
class RedisConfiguration {

	static final String REDIS_URL_SET = "!'${bella.redis.url:}'.isBlank()";

	// a turn has 1.5 s in all; a Redis that does not answer in time counts as down
	private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

	private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

	private static final Duration MAX_RECONNECT_DELAY = Duration.ofMillis(100);

	// commands waiting for the connection to come back; beyond it a turn fails at once
	private static final int REQUEST_QUEUE_SIZE = 1000;

	@Bean(destroyMethod = "shutdown")
	ClientResources redisClientResources() {
		return DefaultClientResources.builder()
			.reconnectDelay(Delay.exponential(Duration.ofMillis(1), MAX_RECONNECT_DELAY, 2, TimeUnit.MILLISECONDS))
			.build();
	}

	@Bean
	LettuceConnectionFactory redisConnectionFactory(@Value("${bella.redis.url}") String url,
			ClientResources redisClientResources) {
		RedisURI uri = RedisURI.create(url.trim());
		ClientOptions options = ClientOptions.builder()
			.socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
			.timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
			.requestQueueSize(REQUEST_QUEUE_SIZE)
			.build();
		LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
			.clientResources(redisClientResources)
			.clientOptions(options)
			.commandTimeout(COMMAND_TIMEOUT);
		if (uri.isSsl()) {
			client.useSsl();
		}
		return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(uri), client.build());
	}

}
