package io.bella.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the load benchmarks read from Bella's database and compute from it: double
 * bookings, Bella's own latency per turn, percentiles.
 */
public final class LoadFigures {

	/** Booked appointments of one provider whose blocked times overlap. */
	public static final String DOUBLE_BOOKINGS = """
			SELECT COUNT(*) FROM appointment a JOIN appointment b
			  ON a.provider_id = b.provider_id AND a.id < b.id
			 AND a.status = 'booked' AND b.status = 'booked'
			 AND a.blocked_from < b.blocked_to AND b.blocked_from < a.blocked_to""";

	/** The turns answered in the busiest ten seconds of the run. */
	public static final String TURNS_IN_BUSIEST_TEN_SECONDS = """
			SELECT COALESCE(MAX(turns), 0) FROM (
			  SELECT COUNT(*) AS turns FROM call_turn
			  GROUP BY FLOOR(EXTRACT(EPOCH FROM answered_at) / 10)) windows""";

	private LoadFigures() {
	}

	/**
	 * Bella's {@code call_turn.latency_ms} of every turn of the given calls: webhook
	 * received to TwiML ready.
	 */
	public static List<Long> serverLatencies(Connection db, List<String> callSids) throws SQLException {
		List<Long> latencies = new ArrayList<>();
		try (PreparedStatement statement = db
			.prepareStatement("SELECT latency_ms FROM call_turn WHERE call_sid = ANY (?)")) {
			statement.setArray(1, db.createArrayOf("varchar", callSids.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					latencies.add(rs.getLong(1));
				}
			}
		}
		return latencies;
	}

	public static long count(Connection db, String sql) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * The nearest-rank percentile of sorted values, 0 for none.
	 */
	public static long percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
