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

	/** The clinic and its booking rules. */
	static final String CLINIC = "clinic";

	/**
	 * Set-up changes made on this instance show at once (the caches are cleared); those
	 * made on another instance, or in the database directly, within this time.
	 */
	static final Duration SETUP_TTL = Duration.ofSeconds(5);

	/** The appointment types with their providers and synonyms. */
	static final String APPOINTMENT_TYPES = "appointment-types";

	/** Active providers' weekly hours, breaks removed. */
	static final String SCHEDULES = "schedules";

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> bookingCaches() {
		return (caches) -> {
			caches.registerCustomCache(CLINIC, Caffeine.newBuilder().recordStats().expireAfterWrite(SETUP_TTL).build());
			caches.registerCustomCache(APPOINTMENT_TYPES,
					Caffeine.newBuilder().recordStats().expireAfterWrite(SETUP_TTL).build());
			caches.registerCustomCache(SCHEDULES,
					Caffeine.newBuilder().recordStats().expireAfterWrite(SETUP_TTL).build());
		};
	}

}
