package io.bella.dashboard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.bella.system.Page;
import io.bella.system.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's audit log: sign-ins, failed and refused sign-ins, sign-outs and every
 * administrator's action, kept in the database and read newest first.
 */
@Component
public class AuditLog {

	static final int ACTOR_LENGTH = 320;

	static final int DETAILS_LENGTH = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	public AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records what happened.
	 * @param action what happened
	 * @param actor who did it: the account's address, or the address as typed
	 * @param ip the client's address
	 * @param details what was acted on, or {@code null}
	 */
	public void record(AuditAction action, String actor, String ip, String details) {
		this.jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, ip, details) VALUES (?, ?, ?, ?, ?)")
			.params(this.clock.instant().atOffset(ZoneOffset.UTC), cut((actor != null) ? actor : "", ACTOR_LENGTH),
					action.name(), cut(ip, 64), cut(details, DETAILS_LENGTH))
			.update();
	}

	/**
	 * One page of the log, newest first.
	 */
	public Page<AuditEvent> page(Paging paging) {
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
		var events = this.jdbc.sql("""
				SELECT id, occurred_at, actor, action, ip, details FROM audit_event
				ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?""")
			.params(paging.size(), (long) paging.page() * paging.size())
			.query(AuditLog::event)
			.list();
		return Page.of(events, paging, total);
	}

	private static AuditEvent event(ResultSet row, int number) throws SQLException {
		return new AuditEvent(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getString("actor"), AuditAction.valueOf(row.getString("action")), row.getString("ip"),
				row.getString("details"));
	}

	private static String cut(String value, int length) {
		return (value != null && value.length() > length) ? value.substring(0, length) : value;
	}

}
