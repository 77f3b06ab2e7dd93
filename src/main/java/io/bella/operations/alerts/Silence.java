package io.bella.operations.alerts;

import java.time.Instant;

/**
 * Holds the notices of the alerts it matches until it ends; the alerts are still
 * recorded. A matcher left {@code null} matches anything; at least one is set.
 *
 * @param id its id
 * @param rule alerts of this rule
 * @param component alerts of this component
 * @param severity alerts of this severity
 * @param startsAt when it began
 * @param endsAt when it ends (or ended, when deleted)
 * @param createdBy who set it
 * @param comment why
 */
record Silence(long id, String rule, String component, Severity severity, Instant startsAt, Instant endsAt,
		String createdBy, String comment) {

	boolean activeAt(Instant now) {
		return !this.startsAt.isAfter(now) && this.endsAt.isAfter(now);
	}

	boolean matches(Alert alert) {
		return (this.rule == null || this.rule.equals(alert.rule()))
				&& (this.component == null || this.component.equals(alert.component()))
				&& (this.severity == null || this.severity == alert.severity());
	}

}
