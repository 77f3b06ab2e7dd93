package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.bella.MutableClock;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-window, multi-burn-rate alerts of the webhook-availability SLO (99.9 % over
 * 30 days: a budget of 0.1 % bad webhooks), with four days of good traffic before a burst
 * of errors starts at {@link #BURST}. Each pair fires at the minute both its windows
 * first burn faster than its rate (windows count whole minutes), and stops at the minute
 * its short window burns slower again, while the long one still burns faster. Error rates
 * are chosen so that no window sits exactly on a rate.
 */
class BurnRateRuleTests {

	static final Instant BURST = Instant.parse("2026-03-10T00:00:00Z");

	final MutableClock clock = new MutableClock(BURST);

	final Slo availability = Slo.all(SloProperties.defaults()).get(0);

	final MinuteEvents events = new MinuteEvents(BURST.minus(Duration.ofDays(4)), Duration.ofDays(8));

	final Slos slos = new Slos(List.of(this.availability), this.events, this.clock);

	final BurnRateRule rule = new BurnRateRule(this.slos);

	@Test
	void fourteenTimesOverAnHourAndFiveMinutesPagesAtTheNinthBadMinuteAndStopsWhenFiveMinutesClear() {
		// 10 % bad is a burn rate of 100 per bad minute in a window; the hour needs 9 of
		// its 60 minutes bad to exceed 14.4 (8 give 13.3)
		burst(1000, 100, 10);
		String pair = "14.4x over 1h and 5m";

		assertThat(pairsAt(minutes(8))).isEmpty();
		assertThat(pairsAt(minutes(9))).containsExactly(pair);
		assertThat(conditionsAt(minutes(9))).singleElement().satisfies((condition) -> {
			assertThat(condition.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(condition.component()).isEqualTo("voice");
			assertThat(condition.fingerprint()).isEqualTo("slo-burn-rate{severity=critical,slo=webhook-availability}");
		});
		// the burst ended at minute 10: at 14 the last bad minute is still among the
		// five (a burn of 20), at 15 it is not, while the hour still burns 16.7
		assertThat(pairsAt(minutes(14))).containsExactly(pair);
		assertThat(pairsAt(minutes(15))).isEmpty();
		assertThat(longBurnRate(minutes(15), Duration.ofHours(1))).isGreaterThan(14.4);
		assertThat(conditionsAt(minutes(15))).isEmpty();
	}

	@Test
	void sixTimesOverSixHoursAndThirtyMinutesPagesAtTheHundredNinetySeventhBadMinute() {
		// 1.1 % bad: a burn of 11, never enough for 14.4; six hours need 197 bad minutes
		// to exceed 6 (196 give 5.99)
		burst(1000, 11, 197);
		String pair = "6x over 6h and 30m";

		assertThat(pairsAt(minutes(196))).isEmpty();
		assertThat(pairsAt(minutes(197))).containsExactly(pair);
		assertThat(conditionsAt(minutes(197))).singleElement()
			.satisfies((condition) -> assertThat(condition.severity()).isEqualTo(Severity.CRITICAL));
		// thirty minutes need 17 bad ones to exceed 6: 13 minutes after the burst 17
		// are left, 14 minutes after it 16
		assertThat(pairsAt(minutes(197 + 13))).containsExactly(pair);
		assertThat(pairsAt(minutes(197 + 14))).isEmpty();
		assertThat(longBurnRate(minutes(197 + 14), Duration.ofHours(6))).isGreaterThan(6);
	}

	@Test
	void threeTimesOverADayAndTwoHoursOpensATicketAtTheSevenHundredEightySixthBadMinute() {
		// 0.55 % bad: a burn of 5.5, never enough for 6; a day needs 786 bad minutes to
		// exceed 3
		burst(2000, 11, 786);
		String pair = "3x over 1d and 2h";

		assertThat(pairsAt(minutes(785))).doesNotContain(pair);
		assertThat(pairsAt(minutes(786))).contains(pair);
		assertThat(conditionsAt(minutes(786))).singleElement()
			.satisfies((condition) -> assertThat(condition.severity()).isEqualTo(Severity.MEDIUM));
		// two hours need 66 bad minutes to exceed 3: 54 minutes after the burst 66 are
		// left, 55 minutes after it 65
		assertThat(pairsAt(minutes(786 + 54))).contains(pair);
		assertThat(pairsAt(minutes(786 + 55))).doesNotContain(pair);
		assertThat(longBurnRate(minutes(786 + 55), Duration.ofDays(1))).isGreaterThan(3);
	}

	@Test
	void onceOverThreeDaysAndSixHoursOpensATicketAtTheThousandEightHundredSeventyNinthBadMinute() {
		// 0.23 % bad: a burn of 2.3, never enough for 3; three days need 1,879 bad
		// minutes to exceed 1
		burst(10_000, 23, 1879);
		String pair = "1x over 3d and 6h";

		assertThat(pairsAt(minutes(1878))).isEmpty();
		assertThat(pairsAt(minutes(1879))).containsExactly(pair);
		// six hours need 157 bad minutes to exceed 1: 203 minutes after the burst 157
		// are left, 204 minutes after it 156
		assertThat(pairsAt(minutes(1879 + 203))).containsExactly(pair);
		assertThat(pairsAt(minutes(1879 + 204))).isEmpty();
		assertThat(longBurnRate(minutes(1879 + 204), Duration.ofDays(3))).isGreaterThan(1);
		assertThat(conditionsAt(minutes(1879 + 204))).isEmpty();
	}

	@Test
	void aCriticalAndAMediumPairAreTwoAlertsOfTheSameComponent() {
		burst(1000, 1000, 120);

		List<Condition> conditions = conditionsAt(minutes(60));

		assertThat(conditions).extracting(Condition::severity).containsExactly(Severity.CRITICAL, Severity.MEDIUM);
		assertThat(conditions).extracting(Condition::component).containsOnly("voice");
		assertThat(this.slos.report(minutes(60)).slos().get(0).status()).isEqualTo(SloResult.Status.PAGE);
	}

	@Test
	void halfAPerMilleOfErrorsNeverFires() {
		// 0.05 % bad everywhere: a burn of 0.5, half the pace the budget allows
		this.events.steady(Slo.WEBHOOK_AVAILABILITY, 2000)
			.bad(Slo.WEBHOOK_AVAILABILITY, BURST.minus(Duration.ofDays(4)), Duration.ofDays(8), 1);

		for (Instant now = BURST; now.isBefore(BURST.plus(Duration.ofDays(4))); now = now.plus(Duration.ofMinutes(7))) {
			assertThat(conditionsAt(now)).as("at %s", now).isEmpty();
		}
		SloResult result = this.slos.current().slos().get(0);
		assertThat(result.status()).isEqualTo(SloResult.Status.OK);
		assertThat(result.burnRate()).containsEntry("1h", 0.5).containsEntry("full", 0.5);
		assertThat(result.sli()).containsEntry("5m", 0.9995);
	}

	private void burst(long perMinute, long bad, long minutes) {
		this.events.steady(Slo.WEBHOOK_AVAILABILITY, perMinute)
			.bad(Slo.WEBHOOK_AVAILABILITY, BURST, Duration.ofMinutes(minutes), bad);
	}

	private Instant minutes(long minutes) {
		return BURST.plus(Duration.ofMinutes(minutes));
	}

	private List<Condition> conditionsAt(Instant now) {
		this.clock.set(now);
		return this.rule.evaluate(this.clock.instant());
	}

	private List<String> pairsAt(Instant now) {
		this.clock.set(now);
		return this.slos.current().slos().get(0).burning().stream().map(SloResult.BurningPair::alert).toList();
	}

	private double longBurnRate(Instant now, Duration window) {
		return SloCalculator.burnRate(this.availability, this.events.count(this.availability, now.minus(window), now));
	}

}
