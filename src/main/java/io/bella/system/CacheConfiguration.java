package io.bella.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's cache abstraction; Boot builds a Caffeine cache manager
 * ({@code spring.cache.type}), each module registers its named caches with their
 * lifetimes through a {@code CacheManagerCustomizer}, and Boot binds every cache's
 * statistics to Micrometer.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

}
