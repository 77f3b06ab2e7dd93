package io.bella.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.lettuce.core.RedisURI;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points Bella at the Redis of {@code REDIS_URL} (CI starts one) through one
 * {@link TcpRelay} for the test JVM, which a test may cut to play an outage and must
 * restore afterwards.
 */
final class RelayedRedis implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static TcpRelay relay;

	static synchronized TcpRelay relay() {
		if (relay == null) {
			RedisURI redis = redis();
			try {
				relay = new TcpRelay(redis.getHost(), redis.getPort());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return relay;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		RedisURI relayed = RedisURI.create(redis().toURI().toString());
		relayed.setHost("127.0.0.1");
		relayed.setPort(relay().port());
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("relayedRedis", Map.of("bella.redis.url", relayed.toString())));
	}

	private static RedisURI redis() {
		return RedisURI.create(System.getenv("REDIS_URL"));
	}

}
