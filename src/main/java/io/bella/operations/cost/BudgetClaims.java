package io.bella.operations.cost;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.bella.operations.cluster.InstanceId;

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

	/** Claims a month's alert unless it was claimed before. */
	void claim(String month, String alert, Instant now) {
		this.jdbc.sql("""
				INSERT INTO budget_alert_claim (billing_month, alert, claimed_at, claimed_by) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""").params(month, alert, CostLedger.utc(now), this.instance.value()).update();
	}

	/** A month's claimed alerts, and whether each still holds. */
	Map<String, Boolean> open(String month) {
		Map<String, Boolean> claims = new HashMap<>();
		this.jdbc.sql("SELECT alert, ended_at FROM budget_alert_claim WHERE billing_month = ?")
			.param(month)
			.query((rs, row) -> Map.entry(rs.getString("alert"), rs.getObject("ended_at") == null))
			.list()
			.forEach((claim) -> claims.put(claim.getKey(), claim.getValue()));
		return claims;
	}

	/** Ends a month's alert for good. */
	void end(String month, String alert, Instant now) {
		this.jdbc.sql(
				"UPDATE budget_alert_claim SET ended_at = ? WHERE billing_month = ? AND alert = ? AND ended_at IS NULL")
			.params(CostLedger.utc(now), month, alert)
			.update();
	}

}
