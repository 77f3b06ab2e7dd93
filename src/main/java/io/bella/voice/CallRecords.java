package io.bella.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.Reply;
import io.bella.system.ModelUsage;
import io.bella.system.Page;
import io.bella.system.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every call and its turns, for staff and operations.
 */
@Repository
public class CallRecords {

	private final JdbcClient jdbc;

	CallRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
				       appointment_id = COALESCE(?, appointment_id)
				WHERE call_sid = ? AND ended_at IS NULL""")
			.params(utc(endedAt), durationSec, outcome.name(), appointmentId, callSid)
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
