package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.bella.MutableClock;
import io.bella.operations.status.ComponentStatus;
import io.bella.operations.status.StatusLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook-availability SLO as a status component: green while it keeps its objective
 * or has too little to go on, red while it pages.
 */
class SloStatusTests {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	final Slo availability = Slo.all(SloProperties.defaults()).get(0);

	final MinuteEvents events = new MinuteEvents(NOW.minus(Duration.ofDays(4)), Duration.ofDays(5));

	final SloStatus status = new SloStatus(new Slos(List.of(this.availability), this.events, new MutableClock(NOW)));

	@Test
	void aKeptObjectiveIsGreenWithTheMeasuredShare() {
		this.events.steady(Slo.WEBHOOK_AVAILABILITY, 1000);

		ComponentStatus component = only(this.status.status(NOW));

		assertThat(component.name()).isEqualTo("slo:webhook-availability");
		assertThat(component.status()).isEqualTo(StatusLevel.GREEN);
		assertThat(component.reason()).startsWith("100.00 % good of").contains("against 99.90 % over 30d");
	}

	@Test
	void aPagingBurnIsRedAndNamesThePair() {
		this.events.steady(Slo.WEBHOOK_AVAILABILITY, 1000)
			.bad(Slo.WEBHOOK_AVAILABILITY, NOW.minus(Duration.ofHours(2)), Duration.ofHours(2), 1000);

		ComponentStatus component = only(this.status.status(NOW));

		assertThat(component.status()).isEqualTo(StatusLevel.RED);
		assertThat(component.reason()).contains("14.4x over 1h and 5m");
	}

	@Test
	void tooFewEventsIsGreenAndSaysSo() {
		ComponentStatus component = only(this.status.status(NOW));

		assertThat(component.status()).isEqualTo(StatusLevel.GREEN);
		assertThat(component.reason()).startsWith("Too few events to tell yet (0 of the");
	}

	private static ComponentStatus only(List<ComponentStatus> components) {
		assertThat(components).hasSize(1);
		return components.get(0);
	}

}
