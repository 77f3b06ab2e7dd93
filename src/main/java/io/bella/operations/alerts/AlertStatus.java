package io.bella.operations.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bella.operations.status.ComponentStatus;
import io.bella.operations.status.StatusContributor;

import org.springframework.stereotype.Component;

/**
 * The unresolved alerts as the {@code alerts} status component: red while a CRITICAL one
 * is unresolved, yellow while a HIGH one is, green otherwise; the reason counts them by
 * severity and says how many a person has acknowledged.
 */
@Component
class AlertStatus implements StatusContributor {

	static final String NAME = "alerts";

	private final Alerts alerts;

	AlertStatus(Alerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ComponentStatus> status(Instant now) {
		return List.of(status(this.alerts.countOpen()));
	}

	static ComponentStatus status(List<Alerts.OpenCount> counts) {
		Map<Severity, long[]> bySeverity = new EnumMap<>(Severity.class);
		for (Alerts.OpenCount count : counts) {
			long[] open = bySeverity.computeIfAbsent(count.severity(), (severity) -> new long[2]);
			open[0] += count.alerts();
			if (count.state() == AlertState.ACKNOWLEDGED) {
				open[1] += count.alerts();
			}
		}
		if (bySeverity.isEmpty()) {
			return ComponentStatus.green(NAME, "No alert is firing.");
		}
		List<String> parts = new ArrayList<>();
		bySeverity.forEach((severity, open) -> parts.add(open[0] + " " + severity.name().toLowerCase(Locale.ROOT)
				+ ((open[1] > 0) ? " (" + open[1] + " acknowledged)" : "")));
		String reason = "Unresolved: " + String.join(", ", parts) + ". GET /api/unified/alerts lists them.";
		if (bySeverity.containsKey(Severity.CRITICAL)) {
			return ComponentStatus.red(NAME, reason);
		}
		return bySeverity.containsKey(Severity.HIGH) ? ComponentStatus.yellow(NAME, reason)
				: ComponentStatus.green(NAME, reason);
	}

	@Override
	public boolean usesDatabase() {
		return true;
	}

}
