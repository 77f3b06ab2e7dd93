package io.bella.voice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the calls are doing now, from their records: how many are in progress, and how
 * fast Bella answered their turns lately.
 */
@Repository
public class CallActivity {

	/**
	 * A call open longer than this is a record whose end was lost, not a call (as the
	 * business metrics count it).
	 */
	static final Duration LONGEST_CALL = Duration.ofHours(4);

	private final JdbcClient jdbc;

	CallActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The calls that started within the longest call's length and have not ended. */
	public long inProgress(Instant now) {
		return this.jdbc.sql("SELECT COUNT(*) FROM call_record WHERE ended_at IS NULL AND started_at >= ?")
			.param(now.minus(LONGEST_CALL).atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/**
	 * The 95th percentile (nearest rank) of the latency of the turns answered in
	 * {@code [from, to)}, in milliseconds; empty without turns.
	 */
	public OptionalLong turnLatencyP95(Instant from, Instant to) {
		List<Long> latencies = this.jdbc
			.sql("SELECT latency_ms FROM call_turn WHERE answered_at >= ? AND answered_at < ? ORDER BY latency_ms")
			.params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.list();
		return percentile(latencies, 95);
	}

	static OptionalLong percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return OptionalLong.empty();
		}
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
		return OptionalLong.of(sorted.get(Math.max(0, rank - 1)));
	}

}
