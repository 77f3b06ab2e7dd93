package io.bella.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.Reply;
import io.bella.system.ModelUsage;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.bella.system.RowStreams;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every call and its turns, for staff and operations.
 */
@Repository
public class CallRecords {

	private static final String P95 = "PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY t.latency_ms)";

	private final JdbcClient jdbc;

	private final RowStreams rowStreams;

	private final ObjectProvider<CallCostExpression> cost;

	CallRecords(JdbcClient jdbc, RowStreams rowStreams, ObjectProvider<CallCostExpression> cost) {
		this.jdbc = jdbc;
		this.rowStreams = rowStreams;
		this.cost = cost;
	}

	/**
	 * Opens the record of a call; a retried webhook finds it open already.
	 */
	void start(String callSid, String caller, String called, Instant startedAt) {
		this.jdbc.sql("""
				INSERT INTO call_record (call_sid, caller, called, started_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""").params(callSid, caller, called, utc(startedAt)).update();
	}

	void addTurn(String callSid, CallTurn turn) {
		this.jdbc
			.sql("""
					INSERT INTO call_turn (call_sid, turn, heard, confidence, said, action, latency_ms, fallback, answered_at,
					                       llm_model, llm_requests, llm_input_tokens, llm_output_tokens)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
			.params(callSid, turn.turn(), truncate(turn.heard(), 2000), turn.confidence(), truncate(turn.said(), 4000),
					turn.action().name(), (int) Math.min(Integer.MAX_VALUE, turn.latencyMs()), turn.fallback(),
					utc(turn.at()), truncate(turn.llm().model(), 100), turn.llm().requests(), turn.llm().inputTokens(),
					turn.llm().outputTokens())
			.update();
	}

	/**
	 * Closes the record of a call; returns whether it was open.
	 */
	boolean end(String callSid, Instant endedAt, Integer durationSec, CallOutcome outcome, Long appointmentId) {
		return this.jdbc.sql("""
				UPDATE call_record SET ended_at = ?, duration_sec = ?, outcome = ?,
				       appointment_id = COALESCE(?, appointment_id),
				       p95_latency_ms = (SELECT %s FROM call_turn t WHERE t.call_sid = ?)
				WHERE call_sid = ? AND ended_at IS NULL""".formatted(P95))
			.params(utc(endedAt), durationSec, outcome.name(), appointmentId, callSid, callSid)
			.update() == 1;
	}

	/**
	 * A page of the calls that started in {@code [from, to)}, newest first, without their
	 * turns.
	 */
	public Page<CallRecord> find(Instant from, Instant to, CallOutcome outcome, Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (from != null) {
			where.append(" AND r.started_at >= ?");
			params.add(utc(from));
		}
		if (to != null) {
			where.append(" AND r.started_at < ?");
			params.add(utc(to));
		}
		if (outcome != null) {
			where.append(" AND r.outcome = ?");
			params.add(outcome.name());
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM call_record r" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(paging.size());
		pageParams.add(paging.offset());
		List<CallRecord> calls = this.jdbc.sql("""
				SELECT r.*, (SELECT COUNT(*) FROM call_turn t WHERE t.call_sid = r.call_sid) AS turn_count
				FROM call_record r""" + where + " ORDER BY r.started_at DESC, r.call_sid LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(CallRecords::record)
			.list();
		return Page.of(calls, paging, total);
	}

	/**
	 * A page of the calls the query finds, newest first, with their p95 turn latency and
	 * cost.
	 */
	public Page<CallSummary> find(CallQuery query, Paging paging) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM call_record r" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(paging.size());
		params.add(paging.offset());
		List<CallSummary> calls = this.jdbc.sql(summaries(where) + " LIMIT ? OFFSET ?")
			.params(params)
			.query(this::summary)
			.list();
		return Page.of(calls, paging, total);
	}

	/**
	 * Hands every call the query finds to the consumer, newest first, as they are read:
	 * the same calls {@link #find(CallQuery, Paging)} pages through.
	 */
	public void forEach(CallQuery query, Consumer<CallSummary> consumer) {
		List<Object> params = new ArrayList<>();
		String sql = summaries(where(query, params));
		this.rowStreams.query(sql, params, (rs) -> consumer.accept(summary(rs, rs.getRow())));
	}

	private String summaries(String where) {
		return """
				SELECT r.*, (SELECT COUNT(*) FROM call_turn t WHERE t.call_sid = r.call_sid) AS turn_count,
				       COALESCE(r.p95_latency_ms, (SELECT %s FROM call_turn t WHERE t.call_sid = r.call_sid)) AS p95,
				       %s AS cost
				FROM call_record r""".formatted(P95, costOf()) + where + " ORDER BY r.started_at DESC, r.call_sid";
	}

	private String costOf() {
		CallCostExpression expression = this.cost.getIfAvailable();
		return (expression != null) ? expression.costOf("r.call_sid") : "CAST(NULL AS NUMERIC)";
	}

	private String where(CallQuery query, List<Object> params) {
		StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
		if (query.from() != null) {
			where.add("r.started_at >= ?");
			params.add(utc(query.from()));
		}
		if (query.to() != null) {
			where.add("r.started_at < ?");
			params.add(utc(query.to()));
		}
		if (query.outcome() != null) {
			where.add("r.outcome = ?");
			params.add(query.outcome());
		}
		if (query.caller() != null) {
			where.add("r.caller = ?");
			params.add(query.caller());
		}
		if (query.minP95LatencyMs() != null) {
			where.add("r.p95_latency_ms >= ?");
			params.add(query.minP95LatencyMs());
		}
		if (query.minCost() != null) {
			where.add(costOf() + " >= ?");
			params.add(query.minCost());
		}
		return where.toString();
	}

	private CallSummary summary(ResultSet rs, int row) throws SQLException {
		return new CallSummary(record(rs, row), rs.getObject("p95", Integer.class), rs.getBigDecimal("cost"));
	}

	/**
	 * A call with all its turns.
	 */
	public Optional<CallRecord> findBySid(String callSid) {
		return this.jdbc.sql("""
				SELECT r.*, 0 AS turn_count FROM call_record r WHERE r.call_sid = ?""")
			.param(callSid)
			.query(CallRecords::record)
			.optional()
			.map((record) -> record.withTurns(turns(callSid)));
	}

	List<CallTurn> turns(String callSid) {
		return this.jdbc.sql("SELECT * FROM call_turn WHERE call_sid = ? ORDER BY turn")
			.param(callSid)
			.query((rs, row) -> new CallTurn(rs.getInt("turn"), rs.getString("heard"),
					rs.getObject("confidence", Double.class), rs.getString("said"),
					Reply.Action.valueOf(rs.getString("action")), rs.getLong("latency_ms"), rs.getBoolean("fallback"),
					instant(rs, "answered_at"),
					new ModelUsage(rs.getString("llm_model"), rs.getInt("llm_requests"), rs.getLong("llm_input_tokens"),
							rs.getLong("llm_output_tokens"))))
			.list();
	}

	private static CallRecord record(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new CallRecord(rs.getString("call_sid"), rs.getString("caller"), rs.getString("called"),
				instant(rs, "started_at"), instant(rs, "ended_at"), rs.getObject("duration_sec", Integer.class),
				(outcome != null) ? CallOutcome.valueOf(outcome) : null, rs.getObject("appointment_id", Long.class),
				rs.getInt("turn_count"), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static String truncate(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

}
