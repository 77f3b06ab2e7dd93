package io.bella.operations.alerts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Whether an alert's notices are held back now: by an active silence that matches it, or
 * by inhibition, an unresolved CRITICAL alert of the same component muting its HIGH and
 * MEDIUM alerts (the CRITICAL one already says what is wrong there). A muted alert is
 * still recorded, and shown with what mutes it.
 */
@Component
class Mutes {

	private static final Set<Severity> INHIBITED = EnumSet.of(Severity.HIGH, Severity.MEDIUM);

	private final Silences silences;

	private final Alerts alerts;

	Mutes(Silences silences, Alerts alerts) {
		this.silences = silences;
		this.alerts = alerts;
	}

	/**
	 * What mutes the alert now.
	 * @return {@code silence 4} or {@code alert 12 (CRITICAL)}; empty when its notices go
	 * out
	 */
	Optional<String> mutedBy(Alert alert, Instant now) {
		Optional<String> silence = this.silences.findCurrent(now)
			.stream()
			.filter((candidate) -> candidate.activeAt(now) && candidate.matches(alert))
			.findFirst()
			.map((candidate) -> "silence " + candidate.id());
		if (silence.isPresent() || !INHIBITED.contains(alert.severity())) {
			return silence;
		}
		return this.alerts.findOpenCritical(alert.component(), alert.id())
			.map((critical) -> "alert " + critical.id() + " (CRITICAL)");
	}

}
