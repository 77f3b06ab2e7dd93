package io.bella.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the HTTP API.
 *
 * @param key the key clients send in {@code X-API-Key}; when empty a random key is
 * generated at start-up and printed once
 */
@ConfigurationProperties("bella.api")
public record ApiProperties(String key) {
}
