package io.bella.operations.breakers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code breaker_transition} history and the {@code breaker_state} of each instance.
 */
@Repository
class BreakerRecords {

	private final JdbcClient jdbc;

	BreakerRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void transition(String breaker, String instance, String from, String to, Instant at) {
		this.jdbc.sql("""
				INSERT INTO breaker_transition (breaker, instance_id, from_state, to_state, at)
				VALUES (?, ?, ?, ?, ?)""").params(breaker, instance, from, to, utc(at)).update();
		int updated = this.jdbc.sql("""
				UPDATE breaker_state SET state = ?, since = ?, refreshed_at = ?
				WHERE instance_id = ? AND breaker = ?""").params(to, utc(at), utc(at), instance, breaker).update();
		if (updated == 0) {
			insertState(instance, breaker, to, at);
		}
	}

	/** Refreshes a breaker's state (a transition whose record was lost is caught up). */
	void refresh(String breaker, String instance, String state, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE breaker_state SET since = CASE WHEN state = ? THEN since ELSE ? END, state = ?, refreshed_at = ?
				WHERE instance_id = ? AND breaker = ?""")
			.params(state, utc(now), state, utc(now), instance, breaker)
			.update();
		if (updated == 0) {
			insertState(instance, breaker, state, now);
		}
	}

	private void insertState(String instance, String breaker, String state, Instant at) {
		this.jdbc.sql("""
				INSERT INTO breaker_state (instance_id, breaker, state, since, refreshed_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(instance, breaker, state, utc(at), utc(at))
			.update();
	}

	/** Breakers some live instance has open, half-open or forced open. */
	List<State> open(Instant liveSince) {
		return this.jdbc.sql("""
				SELECT * FROM breaker_state
				WHERE state IN ('OPEN', 'HALF_OPEN', 'FORCED_OPEN') AND refreshed_at >= ?
				ORDER BY breaker, since""").param(utc(liveSince)).query(BreakerRecords::state).list();
	}

	/** When each of this instance's breakers entered its state. */
	Map<String, Instant> since(String instance) {
		return this.jdbc.sql("SELECT breaker, since FROM breaker_state WHERE instance_id = ?")
			.param(instance)
			.query((rs, row) -> Map.entry(rs.getString("breaker"), instant(rs, "since")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The latest transitions of each breaker on any instance, newest first. */
	Map<String, List<Transition>> latest(int perBreaker, Instant since) {
		return this.jdbc.sql("""
				SELECT * FROM (
				  SELECT t.*, ROW_NUMBER() OVER (PARTITION BY breaker ORDER BY at DESC, id DESC) AS position
				  FROM breaker_transition t WHERE at >= ?) numbered
				WHERE position <= ? ORDER BY breaker, at DESC, id DESC""")
			.params(utc(since), perBreaker)
			.query((rs, row) -> new Transition(rs.getString("breaker"), rs.getString("from_state"),
					rs.getString("to_state"), instant(rs, "at"), rs.getString("instance_id")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Transition::breaker, LinkedHashMap::new, Collectors.toList()));
	}

	int purge(Instant before) {
		int transitions = this.jdbc.sql("DELETE FROM breaker_transition WHERE at < ?").param(utc(before)).update();
		int states = this.jdbc.sql("DELETE FROM breaker_state WHERE refreshed_at < ?").param(utc(before)).update();
		return transitions + states;
	}

	private static State state(ResultSet rs, int row) throws SQLException {
		return new State(rs.getString("breaker"), rs.getString("instance_id"), rs.getString("state"),
				instant(rs, "since"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A breaker's state on one instance.
	 *
	 * @param breaker its name
	 * @param instance the instance
	 * @param state Resilience4j's state
	 * @param since when it entered it
	 */
	record State(String breaker, String instance, String state, Instant since) {
	}

	/**
	 * One transition.
	 *
	 * @param breaker the breaker
	 * @param from the state it left
	 * @param to the state it entered
	 * @param at when
	 * @param instance on which instance
	 */
	record Transition(String breaker, String from, String to, Instant at, String instance) {
	}

}
