package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.RuleEvaluation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget alerts on PostgreSQL with the test clock and two evaluators racing each
 * minute, as two instances whose claims overlap would: each threshold fires exactly once
 * a month, resolves when the month ends, and fires once again in the next month. The
 * months are in 2031, which no other test spends in; the budget is the default $50.
 */
@BellaIntegrationTest
class BudgetAlertsIntegrationTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant JULY_2 = ZonedDateTime.of(2031, 7, 2, 9, 0, 0, 0, TORONTO).toInstant();

	@Autowired
	RuleEvaluation evaluation;

	@Autowired
	BudgetThresholdRule thresholds;

	@Autowired
	BudgetForecastRule forecast;

	@Autowired
	CostLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	final ExecutorService instances = Executors.newFixedThreadPool(2);

	int spent;

	@BeforeEach
	void clean() {
		this.jdbc.sql("DELETE FROM cost_line WHERE subject LIKE 'CA-budget-it-%'").update();
		this.jdbc.sql("DELETE FROM budget_alert_claim WHERE billing_month LIKE '2031-%'").update();
		this.jdbc.sql("DELETE FROM alert WHERE rule LIKE 'budget-%' AND fingerprint LIKE '%month=2031-%'").update();
	}

	@AfterEach
	void stop() {
		this.instances.shutdownNow();
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
	}

	@Test
	void eachThresholdFiresExactlyOnceAMonthWhileTwoEvaluatorsRace() throws Exception {
		this.clock.set(JULY_2);
		spend("41.00", JULY_2);
		for (int minute = 0; minute < 5; minute++) {
			bothEvaluate();
			this.clock.advance(Duration.ofMinutes(1));
		}
		spend("5.00", this.clock.instant());
		for (int minute = 0; minute < 5; minute++) {
			bothEvaluate();
			this.clock.advance(Duration.ofMinutes(1));
		}
		spend("5.00", this.clock.instant());
		for (int minute = 0; minute < 5; minute++) {
			bothEvaluate();
			this.clock.advance(Duration.ofMinutes(1));
		}

		assertThat(alerts("budget-threshold{month=2031-07,threshold=80}")).containsExactly("MEDIUM FIRING");
		assertThat(alerts("budget-threshold{month=2031-07,threshold=90}")).containsExactly("HIGH FIRING");
		assertThat(alerts("budget-threshold{month=2031-07,threshold=100}")).containsExactly("CRITICAL FIRING");
		// the 80 % alert was seen by both evaluators every minute, and fired once
		assertThat(occurrences("budget-threshold{month=2031-07,threshold=80}")).isEqualTo(30);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM budget_alert_claim WHERE billing_month = '2031-07'")
			.query(Long.class)
			.single()).isEqualTo(3);

		// the month ends: each resolves, once
		this.clock.set(ZonedDateTime.of(2031, 8, 1, 0, 5, 0, 0, TORONTO).toInstant());
		bothEvaluate();
		assertThat(alerts("budget-threshold{month=2031-07,threshold=80}")).containsExactly("MEDIUM RESOLVED");
		assertThat(alerts("budget-threshold{month=2031-07,threshold=100}")).containsExactly("CRITICAL RESOLVED");

		// and the next month fires afresh, once
		spend("42.00", this.clock.instant());
		for (int minute = 0; minute < 3; minute++) {
			bothEvaluate();
			this.clock.advance(Duration.ofMinutes(1));
		}
		assertThat(alerts("budget-threshold{month=2031-08,threshold=80}")).containsExactly("MEDIUM FIRING");
		assertThat(alerts("budget-threshold{month=2031-08,threshold=90}")).isEmpty();
	}

	@Test
	void aForecastOverBudgetRaisesOneHighAlertOnceThreeDaysHavePassed() throws Exception {
		this.clock.set(JULY_2);
		spend("9.00", JULY_2);
		bothEvaluate();
		assertThat(alerts("budget-forecast{month=2031-07}")).isEmpty();

		// $9 in three and a half days: about $80 by the month's end
		this.clock.set(JULY_2.plus(Duration.ofDays(2)));
		for (int minute = 0; minute < 3; minute++) {
			bothEvaluate();
			this.clock.advance(Duration.ofMinutes(1));
		}

		assertThat(alerts("budget-forecast{month=2031-07}")).containsExactly("HIGH FIRING");
	}

	/** Both "instances" evaluate the budget rules at the same moment. */
	private void bothEvaluate() throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		List<Future<?>> runs = new ArrayList<>();
		for (int instance = 0; instance < 2; instance++) {
			runs.add(this.instances.submit(() -> {
				together.await(10, TimeUnit.SECONDS);
				for (AlertRule rule : List.<AlertRule>of(this.thresholds, this.forecast)) {
					this.evaluation.evaluate(rule);
				}
				return null;
			}));
		}
		for (Future<?> run : runs) {
			run.get(30, TimeUnit.SECONDS);
		}
	}

	private List<String> alerts(String fingerprint) {
		return this.jdbc.sql("SELECT severity, state FROM alert WHERE fingerprint = ? ORDER BY id")
			.param(fingerprint)
			.query((rs, row) -> rs.getString("severity") + " " + rs.getString("state"))
			.list();
	}

	private int occurrences(String fingerprint) {
		return this.jdbc.sql("SELECT occurrences FROM alert WHERE fingerprint = ?")
			.param(fingerprint)
			.query(Integer.class)
			.single();
	}

	private void spend(String usd, Instant at) {
		this.spent++;
		String subject = "CA-budget-it-" + this.spent;
		this.ledger.add(List.of(new CostLine(subject, CostComponent.TWILIO_VOICE, "inbound CA", CostLine.Basis.ESTIMATE,
				subject, null, BigDecimal.ONE, "minute", new BigDecimal(usd), new BigDecimal(usd), "test", false, at)),
				at);
	}

}
