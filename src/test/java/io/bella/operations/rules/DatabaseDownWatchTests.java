package io.bella.operations.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.bella.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database-down watch with a controllable clock and health: two failed checks in a
 * row send the CRITICAL notice directly, repeated hourly while the outage lasts; the
 * first good check sends the recovery notice and records the outage.
 */
class DatabaseDownWatchTests {

	static final Instant NINE = Instant.parse("2026-03-02T14:00:00Z");

	MutableClock clock = new MutableClock(NINE);

	boolean up = true;

	List<String> sent = new ArrayList<>();

	List<String> recorded = new ArrayList<>();

	DatabaseDownWatch watch = new DatabaseDownWatch(() -> this.up ? Health.up().build() : Health.down().build(),
			(alert, notice) -> this.sent.add(notice.value() + " " + alert.severity() + " " + alert.summary()),
			(condition, started, ended, notified) -> this.recorded
				.add(condition.fingerprint() + " " + started + " " + ended),
			Duration.ofHours(1), this.clock);

	@Test
	void twoFailedChecksNotifyDirectlyRepeatHourlyAndTheRecoveryIsNotifiedAndRecorded() {
		this.up = false;
		this.watch.check();
		assertThat(this.sent).as("one failed check is not an outage").isEmpty();
		step(Duration.ofSeconds(30));
		assertThat(this.sent).containsExactly("firing CRITICAL The database does not take writes");
		for (int i = 0; i < 120; i++) {
			step(Duration.ofSeconds(30));
		}
		assertThat(this.sent).hasSize(2).last().asString().startsWith("repeat CRITICAL");

		this.up = true;
		step(Duration.ofSeconds(30));
		step(Duration.ofSeconds(30));

		assertThat(this.sent).hasSize(3).last().asString().startsWith("resolved CRITICAL");
		assertThat(this.recorded).containsExactly("database-down{} " + NINE + " " + NINE.plusSeconds(30 * 122));
	}

	@Test
	void aBlipOfOneFailedCheckSendsNothingAndRecordsNothing() {
		this.up = false;
		this.watch.check();
		this.up = true;
		step(Duration.ofSeconds(30));

		assertThat(this.sent).isEmpty();
		assertThat(this.recorded).isEmpty();
	}

	private void step(Duration by) {
		this.clock.advance(by);
		this.watch.check();
	}

}
