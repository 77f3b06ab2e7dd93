package io.bella.operations.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code alert} table. Raising is insert-or-bump without a check-then-insert race:
 * the unresolved alert with the fingerprint is bumped, and only when there is none is a
 * row inserted, {@code ON CONFLICT DO NOTHING} on the unique index of unresolved
 * fingerprints; an instance that loses that race bumps the winner's row instead.
 */
@Repository
class Alerts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private static final int RAISE_TRIES = 5;

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Raises a condition: bumps its unresolved alert, or inserts one. Run in a
	 * transaction, so that the row read back is the one bumped.
	 */
	Raised raise(Condition condition, String by, Instant now) {
		String fingerprint = condition.fingerprint();
		for (int i = 0; i < RAISE_TRIES; i++) {
			int bumped = this.jdbc.sql("""
					UPDATE alert SET occurrences = occurrences + 1, last_seen_at = ?, summary = ?, details = ?
					WHERE open_fingerprint = ?""")
				.params(utc(now), condition.summary(), condition.details(), fingerprint)
				.update();
			if (bumped == 1) {
				return new Raised(findOpen(fingerprint).orElseThrow(), false);
			}
			KeyHolder key = new GeneratedKeyHolder();
			int inserted = this.jdbc.sql("""
					INSERT INTO alert (fingerprint, open_fingerprint, rule, labels, severity, state, component, summary,
					                   details, started_at, last_seen_at, occurrences, raised_by)
					VALUES (:fingerprint, :fingerprint, :rule, :labels, :severity, 'FIRING', :component, :summary,
					        :details, :now, :now, 1, :by)
					ON CONFLICT DO NOTHING""")
				.param("fingerprint", fingerprint)
				.param("rule", condition.rule())
				.param("labels", JSON.writeValueAsString(condition.labels()))
				.param("severity", condition.severity().name())
				.param("component", condition.component())
				.param("summary", condition.summary())
				.param("details", condition.details())
				.param("now", utc(now))
				.param("by", by)
				.update(key, "id");
			if (inserted == 1) {
				return new Raised(find(key.getKeyAs(Long.class)).orElseThrow(), true);
			}
		}
		throw new IllegalStateException("Could not raise " + fingerprint + ": it kept being resolved and raised");
	}

	/** Records an alert that fired and cleared while it could not be written. */
	Alert insertResolved(Condition condition, Instant started, Instant ended, Instant notified) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO alert (fingerprint, rule, labels, severity, state, component, summary, details,
				                   started_at, last_seen_at, ended_at, occurrences, resolved_by, resolved_at,
				                   resolution, notified_at)
				VALUES (?, ?, ?, ?, 'RESOLVED', ?, ?, ?, ?, ?, ?, 1, 'bella', ?, 'auto', ?)""")
			.params(condition.fingerprint(), condition.rule(), JSON.writeValueAsString(condition.labels()),
					condition.severity().name(), condition.component(), condition.summary(), condition.details(),
					utc(started), utc(ended), utc(ended), utc(ended), utc(notified))
			.update(key, "id");
		return find(key.getKeyAs(Long.class)).orElseThrow();
	}

	Optional<Alert> find(long id) {
		return this.jdbc.sql("SELECT * FROM alert WHERE id = ?").param(id).query(Alerts::alert).optional();
	}

	Optional<Alert> findOpen(String fingerprint) {
		return this.jdbc.sql("SELECT * FROM alert WHERE open_fingerprint = ?")
			.param(fingerprint)
			.query(Alerts::alert)
			.optional();
	}

	/** Unresolved alerts, of one rule or (with {@code null}) of all, oldest first. */
	List<Alert> findOpen(String rule, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM alert WHERE state <> 'RESOLVED' AND (CAST(:rule AS VARCHAR(100)) IS NULL OR rule = :rule)
				ORDER BY id LIMIT :limit""").param("rule", rule).param("limit", limit).query(Alerts::alert).list();
	}

	/** How many alerts are unresolved, by severity and state. */
	List<OpenCount> countOpen() {
		return this.jdbc.sql("""
				SELECT severity, state, COUNT(*) AS alerts FROM alert WHERE open_fingerprint IS NOT NULL
				GROUP BY severity, state""")
			.query((rs, row) -> new OpenCount(Severity.valueOf(rs.getString("severity")),
					AlertState.valueOf(rs.getString("state")), rs.getLong("alerts")))
			.list();
	}

	/** An unresolved CRITICAL alert of the component, other than the one given. */
	Optional<Alert> findOpenCritical(String component, long except) {
		return this.jdbc.sql("""
				SELECT * FROM alert WHERE state <> 'RESOLVED' AND severity = 'CRITICAL' AND component = ? AND id <> ?
				ORDER BY id LIMIT 1""").params(component, except).query(Alerts::alert).optional();
	}

	Page find(AlertQuery query) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (query.state() != null) {
			where.append(" AND state = ?");
			params.add(query.state().name());
		}
		if (query.severity() != null) {
			where.append(" AND severity = ?");
			params.add(query.severity().name());
		}
		if (query.component() != null) {
			where.append(" AND component = ?");
			params.add(query.component());
		}
		if (query.from() != null) {
			// active at some time in [from, to): those that ended before from are out
			where.append(" AND (ended_at IS NULL OR ended_at >= ?)");
			params.add(utc(query.from()));
		}
		if (query.to() != null) {
			where.append(" AND started_at < ?");
			params.add(utc(query.to()));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM alert" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(query.size());
		paged.add((long) query.page() * query.size());
		List<Alert> alerts = this.jdbc
			.sql("SELECT * FROM alert" + where + " ORDER BY started_at DESC, id DESC" + " LIMIT ? OFFSET ?")
			.params(paged)
			.query(Alerts::alert)
			.list();
		return new Page(alerts, total);
	}

	boolean acknowledge(long id, String by, Instant now) {
		return this.jdbc.sql("""
				UPDATE alert SET state = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?
				WHERE id = ? AND state = 'FIRING'""").params(by, utc(now), id).update() == 1;
	}

	boolean resolve(long id, Resolution resolution, String by, String note, Instant now) {
		return this.jdbc.sql("""
				UPDATE alert SET state = 'RESOLVED', open_fingerprint = NULL, ended_at = ?, resolved_at = ?,
				                 resolved_by = ?, resolution = ?, resolution_note = ?
				WHERE id = ? AND state <> 'RESOLVED'""")
			.params(utc(now), utc(now), by, resolution.value(), note, id)
			.update() == 1;
	}

	/**
	 * Records that a notice was queued, unless another evaluation did since
	 * {@code previous} was read.
	 * @return whether this call recorded it (and so should queue the notice)
	 */
	boolean markNotified(long id, Instant previous, Instant now) {
		return this.jdbc
			.sql("""
					UPDATE alert SET notified_at = ?
					WHERE id = ? AND state <> 'RESOLVED' AND notified_at IS NOT DISTINCT FROM CAST(? AS TIMESTAMP WITH TIME ZONE)""")
			.params(utc(now), id, utc(previous))
			.update() == 1;
	}

	private static Alert alert(ResultSet rs, int row) throws SQLException {
		return new Alert(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("rule"),
				JSON.readValue(rs.getString("labels"), LABELS), Severity.valueOf(rs.getString("severity")),
				AlertState.valueOf(rs.getString("state")), rs.getString("component"), rs.getString("summary"),
				rs.getString("details"), instant(rs, "started_at"), instant(rs, "last_seen_at"),
				instant(rs, "ended_at"), rs.getInt("occurrences"), rs.getString("raised_by"),
				rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("resolved_by"),
				instant(rs, "resolved_at"), Resolution.of(rs.getString("resolution")), rs.getString("resolution_note"),
				instant(rs, "notified_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * One page of alerts.
	 *
	 * @param alerts the alerts, newest first
	 * @param total how many match in all
	 */
	record Page(List<Alert> alerts, long total) {
	}

	/**
	 * Unresolved alerts of one severity and state.
	 *
	 * @param severity the severity
	 * @param state {@code FIRING} or {@code ACKNOWLEDGED}
	 * @param alerts how many
	 */
	record OpenCount(Severity severity, AlertState state, long alerts) {
	}

}
