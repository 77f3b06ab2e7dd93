package io.bella.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The alerts as a person at a desk works them: the unresolved ones, most urgent first,
 * and acknowledging, resolving and silencing one, through the same lifecycle as
 * {@code /api/unified/alerts} and {@code /api/unified/silences}.
 */
public interface AlertDesk {

	/**
	 * The unresolved alerts, most severe and then newest first, at most {@code limit}.
	 */
	List<UnresolvedAlert> unresolved(int limit);

	/**
	 * A person is on it: its notice is not repeated.
	 * @throws AlertActionRefusedException when there is no such alert or it is resolved
	 */
	void acknowledge(long id, String by);

	/**
	 * Resolves it by hand.
	 * @throws AlertActionRefusedException when there is no such alert or it is resolved
	 */
	void resolve(long id, String by, String note);

	/**
	 * Holds back the notices of alerts of this alert's rule and component for a while.
	 * @throws AlertActionRefusedException when there is no such alert
	 */
	void silence(long id, Duration length, String by, String comment);

	/**
	 * An unresolved alert.
	 *
	 * @param id its id
	 * @param severity {@code CRITICAL}, {@code HIGH}, {@code MEDIUM} or {@code LOW}
	 * @param state {@code FIRING} or {@code ACKNOWLEDGED}
	 * @param rule the rule that raised it
	 * @param component the part of Bella concerned
	 * @param summary one line
	 * @param details what an operator needs, or {@code null}
	 * @param startedAt when it fired
	 * @param lastSeenAt when its condition last held
	 * @param occurrences how often it was raised
	 * @param acknowledgedBy who acknowledged it, or {@code null}
	 * @param mutedBy the silence or inhibition holding its notices back, or {@code null}
	 */
	record UnresolvedAlert(long id, String severity, String state, String rule, String component, String summary,
			String details, Instant startedAt, Instant lastSeenAt, int occurrences, String acknowledgedBy,
			String mutedBy) {
	}

}
