package io.bella.operations.rules;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the platform rules.
 *
 * @param eventBacklogAge an event publication still incomplete after this long raises
 * {@code event-publication-backlog}
 * @param databaseCheckInterval how often each instance checks that the database takes a
 * write; two failed checks in a row raise {@code database-down}
 */
@ConfigurationProperties("bella.operations.rules")
record RuleProperties(@DefaultValue("15m") Duration eventBacklogAge,
		@DefaultValue("30s") Duration databaseCheckInterval) {
}
