package io.bella.operations.alerts;

import java.time.Instant;
import java.util.Map;

/**
 * One alert, from the moment it fired until it was resolved.
 *
 * @param id its id
 * @param fingerprint the rule and labels ({@link Condition#fingerprint()})
 * @param rule the rule that raised it, {@code manual} when a person did
 * @param labels the condition's labels
 * @param severity how urgent
 * @param state where it is in its lifecycle
 * @param component the part of Bella or remote system concerned
 * @param summary one line
 * @param details what an operator needs, or {@code null}
 * @param startedAt when it fired
 * @param lastSeenAt when its condition was last found to hold
 * @param endedAt when it was resolved
 * @param occurrences how often its condition was raised while it was unresolved
 * @param raisedBy who raised it by hand, {@code null} for a rule
 * @param acknowledgedBy who acknowledged it
 * @param acknowledgedAt when
 * @param resolvedBy who resolved it ({@code bella} when its rule did)
 * @param resolvedAt when
 * @param resolution {@code auto} or {@code manual}
 * @param resolutionNote what the person who resolved it wrote
 * @param notifiedAt when its last firing or repeat notice was queued, {@code null} while
 * none was
 */
public record Alert(long id, String fingerprint, String rule, Map<String, String> labels, Severity severity,
		AlertState state, String component, String summary, String details, Instant startedAt, Instant lastSeenAt,
		Instant endedAt, int occurrences, String raisedBy, String acknowledgedBy, Instant acknowledgedAt,
		String resolvedBy, Instant resolvedAt, Resolution resolution, String resolutionNote, Instant notifiedAt) {

	/** The rule name of alerts a person raised; no rule resolves them. */
	public static final String MANUAL_RULE = "manual";

	public boolean resolved() {
		return this.state == AlertState.RESOLVED;
	}

}
