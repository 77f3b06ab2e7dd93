package io.bella.operations.alerts;

import java.util.List;

import io.bella.operations.alerts.Alerts.OpenCount;
import io.bella.operations.status.ComponentStatus;
import io.bella.operations.status.StatusLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unresolved alerts as a status component: a CRITICAL one makes it red, a HIGH one
 * yellow, MEDIUM and LOW leave it green, acknowledged or not.
 */
class AlertStatusTests {

	@Test
	void anUnresolvedCriticalIsRedEvenWhenAcknowledged() {
		assertThat(AlertStatus.status(List.of(new OpenCount(Severity.CRITICAL, AlertState.ACKNOWLEDGED, 1),
				new OpenCount(Severity.HIGH, AlertState.FIRING, 2),
				new OpenCount(Severity.HIGH, AlertState.ACKNOWLEDGED, 1))))
			.isEqualTo(
					ComponentStatus.red("alerts", "Unresolved: 1 critical (1 acknowledged), 3 high (1 acknowledged). "
							+ "GET /api/unified/alerts lists them."));
	}

	@Test
	void aFiringHighIsYellowAndMediumOrLowAloneIsGreen() {
		assertThat(AlertStatus.status(List.of(new OpenCount(Severity.HIGH, AlertState.FIRING, 1))).status())
			.isEqualTo(StatusLevel.YELLOW);
		assertThat(AlertStatus.status(List.of(new OpenCount(Severity.MEDIUM, AlertState.FIRING, 2),
				new OpenCount(Severity.LOW, AlertState.FIRING, 1))))
			.isEqualTo(ComponentStatus.green("alerts",
					"Unresolved: 2 medium, 1 low. GET /api/unified/alerts lists them."));
		assertThat(AlertStatus.status(List.of())).isEqualTo(ComponentStatus.green("alerts", "No alert is firing."));
	}

}
