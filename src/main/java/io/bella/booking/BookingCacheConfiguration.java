package io.bella.booking;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The booking module's caches, each with its own lifetime; Boot binds their statistics to
 * Micrometer ({@code cache.gets}, {@code cache.puts}, {@code cache.evictions}).
 */
@Configuration(proxyBeanMethods = false)
class BookingCacheConfiguration {

	/** The clinic's set-up: read once, forgotten when Bella sets it up itself. */
	static final String CLINIC = "clinic";

	/** Active providers' weekly hours, breaks removed. */
	static final String SCHEDULES = "schedules";

	/** Weekly hours change rarely; changes made outside Bella show within this time. */
	static final Duration SCHEDULES_TTL = Duration.ofSeconds(30);

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> bookingCaches() {
		return (caches) -> {
			caches.registerCustomCache(CLINIC, Caffeine.newBuilder().recordStats().build());
			caches.registerCustomCache(SCHEDULES,
					Caffeine.newBuilder().recordStats().expireAfterWrite(SCHEDULES_TTL).build());
		};
	}

}
