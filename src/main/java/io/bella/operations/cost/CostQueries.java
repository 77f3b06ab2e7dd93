package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a month cost, read from the lines that stand (not replaced) incurred in it and
 * from the facts of the calls that ended in it.
 */
@Repository
class CostQueries {

	private static final String IN_MONTH = " replaced_at IS NULL AND incurred_at >= ? AND incurred_at < ?";

	private static final Duration LINES_AROUND_CALLS = Duration.ofDays(1);

	private final JdbcClient jdbc;

	CostQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	BigDecimal total(BillingMonth month) {
		return this.jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM cost_line WHERE" + IN_MONTH)
			.params(CostLedger.utc(month.start()), CostLedger.utc(month.end()))
			.query(BigDecimal.class)
			.single();
	}

	/** Each component's amount, by how it was found. */
	Map<CostComponent, ComponentTotal> components(BillingMonth month) {
		Map<CostComponent, ComponentTotal> totals = new EnumMap<>(CostComponent.class);
		this.jdbc
			.sql("SELECT component, basis, confirmed, SUM(amount) AS amount FROM cost_line WHERE" + IN_MONTH
					+ " GROUP BY component, basis, confirmed")
			.params(CostLedger.utc(month.start()), CostLedger.utc(month.end()))
			.query((rs) -> {
				CostComponent component = CostComponent.of(rs.getString("component"));
				BigDecimal amount = rs.getBigDecimal("amount");
				boolean actual = "actual".equals(rs.getString("basis"));
				totals.merge(component, new ComponentTotal(actual ? BigDecimal.ZERO : amount,
						actual ? amount : BigDecimal.ZERO, rs.getBoolean("confirmed") ? BigDecimal.ZERO : amount),
						ComponentTotal::plus);
			});
		return totals;
	}

	/**
	 * Every call that ended in the month, with what it cost. A call's lines are incurred
	 * between its start and {@link CostCalls#TEXT_AFTER_CALL} after its end, and Twilio
	 * ends a call after at most four hours, so only the lines of the month and a day
	 * either side are summed (an index range, not the whole ledger).
	 */
	List<CallCost> calls(BillingMonth month) {
		return this.jdbc.sql("""
				SELECT c.call_sid, c.started_at, c.duration_sec, c.outcome, COALESCE(l.cost, 0) AS cost
				FROM cost_call c LEFT JOIN (
				  SELECT call_sid, SUM(amount) AS cost FROM cost_line
				  WHERE call_sid IS NOT NULL AND%s
				  GROUP BY call_sid) l ON l.call_sid = c.call_sid
				WHERE c.ended_at >= ? AND c.ended_at < ?""".formatted(IN_MONTH))
			.params(CostLedger.utc(month.start().minus(LINES_AROUND_CALLS)),
					CostLedger.utc(month.end().plus(LINES_AROUND_CALLS)), CostLedger.utc(month.start()),
					CostLedger.utc(month.end()))
			.query((rs, row) -> new CallCost(rs.getString("call_sid"), CostLedger.instant(rs, "started_at"),
					rs.getInt("duration_sec"), rs.getString("outcome"), rs.getBigDecimal("cost")))
			.list();
	}

	/** The speech recognitions of the month's calls, and those that heard nothing. */
	Gathers gathers(BillingMonth month) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(gathers), 0) AS gathers, COALESCE(SUM(unheard_gathers), 0) AS unheard
				FROM cost_call WHERE ended_at >= ? AND ended_at < ?""")
			.params(CostLedger.utc(month.start()), CostLedger.utc(month.end()))
			.query((rs, row) -> new Gathers(rs.getLong("gathers"), rs.getLong("unheard")))
			.single();
	}

	/** The month's texts: all, those over one segment, their extra segments and cost. */
	Texts texts(BillingMonth month) {
		return this.jdbc.sql("""
				SELECT COUNT(*) AS texts,
				       COALESCE(SUM(CASE WHEN quantity > 1 THEN 1 ELSE 0 END), 0) AS long_texts,
				       COALESCE(SUM(CASE WHEN quantity > 1 THEN quantity - 1 ELSE 0 END), 0) AS extra_segments,
				       COALESCE(SUM(CASE WHEN quantity > 1 THEN amount - amount / quantity ELSE 0 END), 0) AS extra_cost
				FROM cost_line WHERE component = 'sms' AND""" + IN_MONTH)
			.params(CostLedger.utc(month.start()), CostLedger.utc(month.end()))
			.query((rs, row) -> new Texts(rs.getLong("texts"), rs.getLong("long_texts"),
					rs.getBigDecimal("extra_segments").longValue(), rs.getBigDecimal("extra_cost")))
			.single();
	}

	/**
	 * The month's requests to the language model, and those of calls whose prompts took
	 * more than a number of tokens on average, with the tokens beyond it.
	 */
	Prompts prompts(BillingMonth month, long longPromptTokens) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(llm_requests), 0) AS requests,
				       COALESCE(SUM(CASE WHEN llm_input_tokens > ? * llm_requests THEN llm_requests ELSE 0 END), 0)
				           AS long_requests,
				       COALESCE(SUM(CASE WHEN llm_input_tokens > ? * llm_requests
				                         THEN llm_input_tokens - ? * llm_requests ELSE 0 END), 0) AS excess
				FROM cost_call WHERE llm_requests > 0 AND ended_at >= ? AND ended_at < ?""")
			.params(longPromptTokens, longPromptTokens, longPromptTokens, CostLedger.utc(month.start()),
					CostLedger.utc(month.end()))
			.query((rs, row) -> new Prompts(rs.getLong("requests"), rs.getLong("long_requests"), rs.getLong("excess")))
			.single();
	}

	/**
	 * The average price per unit the month's lines of a component paid; zero without
	 * lines.
	 * @param itemSuffix only the items that end so ({@code input}), or {@code null}
	 */
	BigDecimal unitPrice(BillingMonth month, CostComponent component, String itemSuffix) {
		List<Object> params = new ArrayList<>(List.of(component.key()));
		String items = "";
		if (itemSuffix != null) {
			items = " AND item LIKE ?";
			params.add("%" + itemSuffix);
		}
		params.add(CostLedger.utc(month.start()));
		params.add(CostLedger.utc(month.end()));
		return this.jdbc
			.sql("SELECT COALESCE(SUM(amount), 0) AS amount, COALESCE(SUM(quantity), 0) AS quantity "
					+ "FROM cost_line WHERE component = ?" + items + " AND" + IN_MONTH)
			.params(params)
			.query((rs, row) -> (rs.getBigDecimal("quantity").signum() == 0) ? BigDecimal.ZERO
					: rs.getBigDecimal("amount").divide(rs.getBigDecimal("quantity"), 10, RoundingMode.HALF_UP))
			.single();
	}

	/**
	 * The charges of the month the price table had no price for
	 * ({@code llm: local-model input}).
	 */
	List<String> unpriced(BillingMonth month) {
		return this.jdbc
			.sql("SELECT DISTINCT component, item FROM cost_line WHERE unit_price = 0 AND quantity > 0 AND" + IN_MONTH
					+ " ORDER BY component, item")
			.params(CostLedger.utc(month.start()), CostLedger.utc(month.end()))
			.query((rs, row) -> rs.getString("component") + ": " + rs.getString("item"))
			.list();
	}

	/**
	 * A component's amount.
	 *
	 * @param estimated from the price table
	 * @param actual as Twilio charged it
	 * @param unconfirmed the part priced with a price nobody confirmed
	 */
	record ComponentTotal(BigDecimal estimated, BigDecimal actual, BigDecimal unconfirmed) {

		ComponentTotal plus(ComponentTotal other) {
			return new ComponentTotal(this.estimated.add(other.estimated), this.actual.add(other.actual),
					this.unconfirmed.add(other.unconfirmed));
		}

		BigDecimal total() {
			return this.estimated.add(this.actual);
		}

	}

	/**
	 * A call and what it cost.
	 *
	 * @param callSid its SID
	 * @param startedAt when it started
	 * @param durationSec how long it lasted
	 * @param outcome how it ended
	 * @param cost what it cost, texts about its appointment included
	 */
	record CallCost(String callSid, Instant startedAt, int durationSec, String outcome, BigDecimal cost) {
	}

	/**
	 * The month's speech recognitions.
	 *
	 * @param total all of them
	 * @param unheard those that heard nothing
	 */
	record Gathers(long total, long unheard) {
	}

	/**
	 * The month's texts.
	 *
	 * @param texts how many
	 * @param longTexts those over one segment
	 * @param extraSegments their segments beyond the first
	 * @param extraCost what those segments cost
	 */
	record Texts(long texts, long longTexts, long extraSegments, BigDecimal extraCost) {
	}

	/**
	 * The month's prompts.
	 *
	 * @param requests all requests to the model
	 * @param longRequests those of calls whose prompts were long on average
	 * @param excessTokens their prompt tokens beyond the threshold
	 */
	record Prompts(long requests, long longRequests, long excessTokens) {
	}

}
