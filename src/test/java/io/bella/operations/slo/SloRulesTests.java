package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.bella.MutableClock;
import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain SLO rules, {@code call-success-low} and {@code api-error-rate}, minute by
 * minute with a clock the tests move.
 */
class SloRulesTests {

	static final Instant START = Instant.parse("2026-03-10T00:00:00Z");

	final MutableClock clock = new MutableClock(START);

	final SloProperties properties = SloProperties.defaults();

	final MinuteEvents events = new MinuteEvents(START.minus(Duration.ofDays(4)), Duration.ofDays(8));

	final Slos slos = new Slos(Slo.all(this.properties), this.events, this.clock);

	@Test
	void callSuccessBelowNinetyPercentOverADayRaisesHighAndResolvesWhenItIsBack() {
		// one call a minute, all good, then the call of every fifth minute failing from
		// START (minutes 0, 5, ... 995): the day's share falls under 90 % once more than
		// 144 of its 1,440 calls failed, at minute 721 (145 failures; 720 has 144)
		this.events.steady(Slo.CALL_SUCCESS, 1);
		for (int minute = 0; minute < 1000; minute += 5) {
			this.events.bad(Slo.CALL_SUCCESS, START.plus(Duration.ofMinutes(minute)), Duration.ofMinutes(1), 1);
		}
		AlertRule rule = ShareRule.callSuccessLow(this.slos, this.properties);

		assertThat(evaluate(rule, START.plus(Duration.ofMinutes(720)))).isEmpty();
		assertThat(evaluate(rule, START.plus(Duration.ofMinutes(721)))).singleElement().satisfies((condition) -> {
			assertThat(condition.rule()).isEqualTo("call-success-low");
			assertThat(condition.severity()).isEqualTo(Severity.HIGH);
			assertThat(condition.component()).isEqualTo("voice");
			assertThat(condition.summary()).isEqualTo("Only 89.931 % of calls succeeded in the last 1d");
		});
		// the day starting at minute 275 still holds 145 of the 200 failures, the one
		// starting at 276 holds 144: 90 %, no longer below
		assertThat(evaluate(rule, START.plus(Duration.ofMinutes(1440 + 275)))).hasSize(1);
		assertThat(evaluate(rule, START.plus(Duration.ofMinutes(1440 + 276)))).isEmpty();
	}

	@Test
	void tooFewCallsSayNothing() {
		AlertRule rule = ShareRule.callSuccessLow(
				new Slos(Slo.all(this.properties), (slo, from, to) -> new Counts(19, 0), this.clock), this.properties);

		assertThat(evaluate(rule, START)).isEmpty();
	}

	@Test
	void apiErrorsAboveFivePercentOverAnHourRaiseHighAndResolveWhenTheyFall() {
		// 100 requests a minute; from START 10 of them fail with a 5xx for 40 minutes:
		// the
		// hour passes 5 % at 31 bad minutes (30 give exactly 5 %, which is not above)
		this.events.steady(Slo.API_ERRORS, 100).bad(Slo.API_ERRORS, START, Duration.ofMinutes(40), 10);
		AlertRule rule = ShareRule.apiErrorRate(this.slos, this.properties);

		assertThat(evaluate(rule, START.plus(Duration.ofMinutes(30)))).isEmpty();
		assertThat(evaluate(rule, START.plus(Duration.ofMinutes(31)))).singleElement().satisfies((condition) -> {
			assertThat(condition.rule()).isEqualTo("api-error-rate");
			assertThat(condition.severity()).isEqualTo(Severity.HIGH);
			assertThat(condition.component()).isEqualTo("api");
		});
		// 30 bad minutes left in the hour at minute 70, 31 at 69
		assertThat(evaluate(rule, START.plus(Duration.ofMinutes(69)))).hasSize(1);
		assertThat(evaluate(rule, START.plus(Duration.ofMinutes(70)))).isEmpty();
	}

	private List<Condition> evaluate(AlertRule rule, Instant now) {
		this.clock.set(now);
		return rule.evaluate(this.clock.instant());
	}

}
