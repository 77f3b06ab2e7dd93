package io.bella.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's cache abstraction; Boot builds a Caffeine cache manager
 * ({@code spring.cache.type}), each module registers its named caches with their
 * lifetimes through a {@code CacheManagerCustomizer}, and Boot binds every cache's
 * statistics to Micrometer. Scheduling is on as well: caches of settings are re-read on a
 * schedule, so that a change made on another instance reaches this one within seconds
 * (docs/architecture.md#settings-across-instances).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableScheduling
class CacheConfiguration {

}
