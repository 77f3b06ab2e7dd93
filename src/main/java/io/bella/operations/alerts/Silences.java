package io.bella.operations.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code silence} table.
 */
@Repository
class Silences {

	private final JdbcClient jdbc;

	Silences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Silence create(String rule, String component, Severity severity, Instant startsAt, Instant endsAt, String createdBy,
			String comment) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO silence (rule, component, severity, starts_at, ends_at, created_by, comment)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(rule, component, (severity != null) ? severity.name() : null, utc(startsAt), utc(endsAt), createdBy,
					comment)
			.update(key, "id");
		return find(key.getKeyAs(Long.class)).orElseThrow();
	}

	Optional<Silence> find(long id) {
		return this.jdbc.sql("SELECT * FROM silence WHERE id = ?").param(id).query(Silences::silence).optional();
	}

	/** Silences active now, and those still to begin, by end time. */
	List<Silence> findCurrent(Instant now) {
		return this.jdbc.sql("SELECT * FROM silence WHERE ends_at > ? ORDER BY ends_at, id")
			.param(utc(now))
			.query(Silences::silence)
			.list();
	}

	/** Ends a silence now, if it had not ended. */
	void end(long id, Instant now) {
		this.jdbc.sql("UPDATE silence SET ends_at = ? WHERE id = ? AND ends_at > ?")
			.params(utc(now), id, utc(now))
			.update();
	}

	private static Silence silence(ResultSet rs, int row) throws SQLException {
		String severity = rs.getString("severity");
		return new Silence(rs.getLong("id"), rs.getString("rule"), rs.getString("component"),
				(severity != null) ? Severity.valueOf(severity) : null,
				rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
				rs.getString("comment"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
