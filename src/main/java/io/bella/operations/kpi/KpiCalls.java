package io.bella.operations.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code kpi_call} table, and the calls still going on from {@code call_record}.
 */
@Repository
class KpiCalls {

	private final JdbcClient jdbc;

	KpiCalls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps an ended call, once. */
	void add(KpiCall call, Long appointmentId) {
		this.jdbc.sql("""
				INSERT INTO kpi_call (call_sid, started_at, ended_at, duration_sec, outcome, appointment_id, turns,
				                      speech_turns, question_answered, handoff_unasked)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(call.callSid(), utc(call.startedAt()), utc(call.endedAt()), call.durationSec(), call.outcome(),
					appointmentId, call.turns(), call.speechTurns(), call.questionAnswered(), call.handoffUnasked())
			.update();
	}

	/** The ended calls that started in [from, to), in the order they started. */
	List<KpiCall> startedBetween(Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT call_sid, started_at, ended_at, duration_sec, outcome, turns, speech_turns, question_answered,
				       handoff_unasked
				FROM kpi_call WHERE started_at >= ? AND started_at < ? ORDER BY started_at""")
			.params(utc(from), utc(to))
			.query((rs, row) -> new KpiCall(rs.getString("call_sid"), instant(rs, "started_at"),
					instant(rs, "ended_at"), rs.getObject("duration_sec", Integer.class), rs.getString("outcome"),
					rs.getInt("turns"), rs.getInt("speech_turns"), rs.getBoolean("question_answered"),
					rs.getBoolean("handoff_unasked")))
			.list();
	}

	/** When the calls still going on started, those started since a time. */
	List<Instant> goingOnSince(Instant since) {
		return this.jdbc.sql("SELECT started_at FROM call_record WHERE ended_at IS NULL AND started_at >= ?")
			.params(utc(since))
			.query((rs, row) -> instant(rs, "started_at"))
			.list();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
