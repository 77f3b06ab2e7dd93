package io.bella.operations.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.bella.booking.BookingSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code booking_change} table: every booking, move and cancellation with its
 * channel.
 */
@Repository
class BookingChanges {

	private final JdbcClient jdbc;

	BookingChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a change, once per appointment, kind and start time. */
	void add(long appointmentId, String kind, BookingSource source, Instant startsAt, Instant occurredAt) {
		this.jdbc.sql("""
				INSERT INTO booking_change (appointment_id, kind, source, starts_at, occurred_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(appointmentId, kind, source.name().toLowerCase(Locale.ROOT), KpiCalls.utc(startsAt),
					KpiCalls.utc(occurredAt))
			.update();
	}

	/** The changes in [from, to). */
	List<BookingChange> between(Instant from, Instant to) {
		return this.jdbc
			.sql("SELECT kind, source, occurred_at FROM booking_change WHERE occurred_at >= ? AND occurred_at < ?")
			.params(KpiCalls.utc(from), KpiCalls.utc(to))
			.query((rs, row) -> new BookingChange(rs.getString("kind"), rs.getString("source"),
					KpiCalls.instant(rs, "occurred_at")))
			.list();
	}

}
