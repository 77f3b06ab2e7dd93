package io.bella.operations.cost;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code cost_call} table: what the ledger took from each call when it ended.
 */
@Repository
class CostCalls {

	/**
	 * A text about a call's appointment sent this long after the call is still the
	 * call's.
	 */
	static final Duration TEXT_AFTER_CALL = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	CostCalls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a call's facts, once. */
	void add(CallFacts facts) {
		this.jdbc.sql("""
				INSERT INTO cost_call (call_sid, started_at, ended_at, duration_sec, outcome, appointment_id, gathers,
				                       unheard_gathers, llm_requests, llm_input_tokens)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(facts.callSid(), CostLedger.utc(facts.startedAt()), CostLedger.utc(facts.endedAt()),
					facts.durationSec(), (facts.outcome() != null) ? facts.outcome() : "UNKNOWN", facts.appointmentId(),
					facts.gathers(), facts.unheardGathers(), facts.llmRequests(), facts.llmInputTokens())
			.update();
	}

	/**
	 * The call a text about an appointment belongs to: the latest call that touched the
	 * appointment, started before the text and ended at most ten minutes before it.
	 */
	Optional<String> callOf(long appointmentId, Instant sentAt) {
		return this.jdbc.sql("""
				SELECT call_sid FROM cost_call
				WHERE appointment_id = ? AND started_at <= ? AND ended_at >= ?
				ORDER BY started_at DESC LIMIT 1""")
			.params(appointmentId, CostLedger.utc(sentAt), CostLedger.utc(sentAt.minus(TEXT_AFTER_CALL)))
			.query(String.class)
			.optional();
	}

}
