package io.bella.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the health checks.
 *
 * @param databaseBudget the longest a health check waits for the database (to connect,
 * read and write) before it reports the database down
 */
@ConfigurationProperties("bella.health")
record HealthProperties(@DefaultValue("1s") Duration databaseBudget) {
}
