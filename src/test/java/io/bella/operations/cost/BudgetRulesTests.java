package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import io.bella.operations.H2Database;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import io.bella.operations.status.ComponentStatus;
import io.bella.operations.status.StatusLevel;
import io.bella.system.InstanceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The budget rules against a $10 budget in Toronto's months: each threshold holds from
 * the evaluation that finds it crossed to the month's end, and never comes back in a
 * month once it ended.
 */
class BudgetRulesTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant MAY_2 = ZonedDateTime.of(2026, 5, 2, 9, 0, 0, 0, TORONTO).toInstant();

	static final Instant MAY_10 = ZonedDateTime.of(2026, 5, 10, 9, 0, 0, 0, TORONTO).toInstant();

	JdbcClient jdbc;

	CostLedger ledger;

	BudgetThresholdRule thresholds;

	BudgetForecastRule forecast;

	BudgetStatus status;

	int lines;

	@BeforeEach
	void setUp() {
		this.jdbc = JdbcClient.create(H2Database.migrated());
		this.ledger = new CostLedger(this.jdbc);
		rulesWithBudget("10");
	}

	private void rulesWithBudget(String budget) {
		CostProperties properties = Prices.properties(new BigDecimal(budget));
		Budget status = new Budget(new CostQueries(this.jdbc), properties, () -> Optional.of(TORONTO));
		BudgetClaims claims = new BudgetClaims(this.jdbc, new InstanceId("test"));
		this.thresholds = new BudgetThresholdRule(status, claims);
		this.forecast = new BudgetForecastRule(status, claims, properties);
		this.status = new BudgetStatus(status);
	}

	@Test
	void theBudgetComponentIsYellowFrom80AndRedFrom100Percent() {
		spend("7.99", MAY_2);
		ComponentStatus green = this.status.status(MAY_2).get(0);
		assertThat(green.status()).isEqualTo(StatusLevel.GREEN);
		assertThat(green.reason()).startsWith("May 2026: $7.99 of $10.00 (79 %), $")
			.endsWith(" by the month's end at this rate.");
		spend("0.01", MAY_2);
		assertThat(this.status.status(MAY_2).get(0).status()).isEqualTo(StatusLevel.YELLOW);
		spend("2.00", MAY_2);
		assertThat(this.status.status(MAY_2).get(0).status()).isEqualTo(StatusLevel.RED);
		assertThat(this.status.status(MAY_2).get(0).reason()).endsWith("The budget is spent.");
	}

	@Test
	void eachThresholdHoldsOnceCrossedWithItsSeverity() {
		spend("7.99", MAY_2);
		assertThat(this.thresholds.evaluate(MAY_2)).isEmpty();

		spend("0.01", MAY_2);
		assertThat(this.thresholds.evaluate(MAY_2)).extracting(Condition::fingerprint, Condition::severity)
			.containsExactly(tuple("budget-threshold{month=2026-05,threshold=80}", Severity.MEDIUM));

		spend("2.00", MAY_2);
		List<Condition> all = this.thresholds.evaluate(MAY_2);
		assertThat(all).extracting(Condition::severity)
			.containsExactly(Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL);
		assertThat(all).allSatisfy((condition) -> assertThat(condition.component()).isEqualTo("budget"));
		assertThat(all.get(2).summary()).isEqualTo("May 2026 has used 100 % of the monthly budget of $10.00");
	}

	@Test
	void aThresholdTheMonthFallsBackUnderEndsAndDoesNotFireAgainThatMonth() {
		spend("8.50", MAY_2);
		assertThat(this.thresholds.evaluate(MAY_2)).hasSize(1);

		rulesWithBudget("20");
		assertThat(this.thresholds.evaluate(MAY_2.plusSeconds(60))).isEmpty();

		spend("8.00", MAY_2);
		// 16.50 of 20 is 82.5 % again: the month's 80 % fired already
		assertThat(this.thresholds.evaluate(MAY_2.plusSeconds(120))).isEmpty();
		spend("2.00", MAY_2);
		assertThat(this.thresholds.evaluate(MAY_2.plusSeconds(180))).extracting(Condition::labels)
			.extracting((labels) -> labels.get("threshold"))
			.containsExactly("90");
	}

	@Test
	void aNewMonthStartsAfresh() {
		spend("9.00", MAY_2);
		assertThat(this.thresholds.evaluate(MAY_2)).hasSize(2);
		Instant june2 = ZonedDateTime.of(2026, 6, 2, 9, 0, 0, 0, TORONTO).toInstant();

		assertThat(this.thresholds.evaluate(june2)).isEmpty();

		spend("8.00", june2);
		assertThat(this.thresholds.evaluate(june2)).extracting(Condition::fingerprint)
			.containsExactly("budget-threshold{month=2026-06,threshold=80}");
	}

	@Test
	void theMonthStartsAtMidnightInTheClinicsTimeZone() {
		// 11 p.m. on 31 May in Toronto is already June in UTC
		Instant lateMay = ZonedDateTime.of(2026, 5, 31, 23, 0, 0, 0, TORONTO).toInstant();
		spend("9.00", lateMay);

		assertThat(this.thresholds.evaluate(lateMay)).extracting((condition) -> condition.labels().get("month"))
			.containsOnly("2026-05");
	}

	@Test
	void aForecastOverBudgetRaisesHighOnlyOnceThreeDaysOfTheMonthHavePassed() {
		// $3 on the 2nd of May: $46 by the month's end at this rate
		spend("3.00", MAY_2);
		assertThat(this.forecast.evaluate(MAY_2)).isEmpty();

		Instant may4 = MAY_2.plus(Duration.ofDays(2));
		List<Condition> over = this.forecast.evaluate(may4);
		assertThat(over).singleElement().satisfies((condition) -> {
			assertThat(condition.fingerprint()).isEqualTo("budget-forecast{month=2026-05}");
			assertThat(condition.severity()).isEqualTo(Severity.HIGH);
		});

		// by the 10th the same $3 forecasts under $10: the alert ends for the month
		assertThat(this.forecast.evaluate(MAY_10.plus(Duration.ofDays(1)))).isEmpty();
		spend("6.00", MAY_10);
		assertThat(this.forecast.evaluate(MAY_10.plus(Duration.ofDays(1)))).isEmpty();
	}

	private void spend(String usd, Instant at) {
		this.lines++;
		this.ledger.add(List.of(new CostLine("CA-budget-" + this.lines, CostComponent.TWILIO_SPEECH, "gather",
				CostLine.Basis.ESTIMATE, "CA-budget-" + this.lines, null, BigDecimal.ONE, "15 s", new BigDecimal(usd),
				new BigDecimal(usd), Prices.VERSION, false, at)), at);
	}

}
