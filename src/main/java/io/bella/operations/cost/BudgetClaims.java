package io.bella.operations.cost;

import java.time.Instant;

import io.bella.system.InstanceId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code budget_alert_claim} rows: which budget alerts a month has fired, each
 * claimed once across instances by the first evaluation that finds it crossed.
 */
@Repository
class BudgetClaims {

	private final JdbcClient jdbc;

	private final InstanceId instance;

	BudgetClaims(JdbcClient jdbc, InstanceId instance) {
		this.jdbc = jdbc;
		this.instance = instance;
	}

	/**
	 * Whether a month's alert holds now: claimed by the first evaluation that may start
	 * it, held while its condition is still true, and ended for the rest of the month the
	 * first time it is not.
	 * @param month the month ({@code 2026-03})
	 * @param alert which alert ({@code 80}, {@code forecast})
	 * @param start whether the alert may start now
	 * @param still whether its condition is true now
	 * @param now the evaluation's time
	 */
	boolean holds(String month, String alert, boolean start, boolean still, Instant now) {
		if (start) {
			this.jdbc.sql("""
					INSERT INTO budget_alert_claim (billing_month, alert, claimed_at, claimed_by) VALUES (?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(month, alert, CostLedger.utc(now), this.instance.value())
				.update();
		}
		boolean open = this.jdbc
			.sql("SELECT COUNT(*) FROM budget_alert_claim WHERE billing_month = ? AND alert = ? AND ended_at IS NULL")
			.params(month, alert)
			.query(Long.class)
			.single() > 0;
		if (open && !still) {
			this.jdbc.sql(
					"UPDATE budget_alert_claim SET ended_at = ? WHERE billing_month = ? AND alert = ? AND ended_at IS NULL")
				.params(CostLedger.utc(now), month, alert)
				.update();
		}
		return open && still;
	}

}
