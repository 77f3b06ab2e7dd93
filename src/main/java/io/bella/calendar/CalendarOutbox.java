package io.bella.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.calendar.CalendarWrite.Action;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable outbox of writes to the providers' Google calendars: a row per appointment
 * and calendar, pending again whenever the appointment changes, claimed by one writer at
 * a time before Google is called.
 */
@Repository
class CalendarOutbox implements PendingCalendarWrites {

	private static final int MAX_ERROR = 1000;

	private final JdbcClient jdbc;

	private final Providers providers;

	CalendarOutbox(JdbcClient jdbc, Providers providers) {
		this.jdbc = jdbc;
		this.providers = providers;
	}

	/**
	 * Makes an appointment's write to a calendar pending, unless the same state is
	 * already enqueued (an event delivered again).
	 * @param state the appointment's state now; {@code null} to enqueue whatever was
	 * enqueued before (an edit in Google to undo)
	 * @return whether a write is now pending for this change
	 */
	boolean enqueue(long appointmentId, long providerId, String calendarId, Action action, String state, Instant now) {
		OffsetDateTime at = utc(now);
		int inserted = this.jdbc.sql("""
				INSERT INTO calendar_write (appointment_id, provider_id, calendar_id, action, state, due_at,
				    pending_since, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(appointmentId, providerId, calendarId, action.name(), state, at, at, at)
			.update();
		if (inserted > 0) {
			return true;
		}
		// a row written and done becomes pending again; one still pending keeps its age
		return this.jdbc.sql("""
				UPDATE calendar_write SET action = ?, state = COALESCE(?, state), provider_id = ?,
				    revision = revision + 1, due_at = ?, attempts = 0, last_error = NULL,
				    pending_since = CASE WHEN done_at IS NULL THEN pending_since ELSE ? END, done_at = NULL
				WHERE appointment_id = ? AND calendar_id = ? AND (CAST(? AS VARCHAR) IS NULL
				    OR state IS NULL OR state <> ?)""")
			.params(action.name(), state, providerId, at, at, appointmentId, calendarId, state, state)
			.update() > 0;
	}

	/**
	 * Claims the next write that is due until {@code now + claimFor}, by a conditional
	 * update that only one instance wins; claimed one at a time, right before it is
	 * written, so that no claim runs out while writes before it are made.
	 * @return the write claimed, or empty when nothing due is left unclaimed
	 */
	Optional<CalendarWrite> claimNext(Instant now, Duration claimFor) {
		OffsetDateTime at = utc(now);
		// stored as the database keeps it, to be compared exactly when the claim is used
		OffsetDateTime until = utc(now.plus(claimFor).truncatedTo(ChronoUnit.MILLIS));
		while (true) {
			Optional<CalendarWrite> due = this.jdbc.sql("""
					SELECT id, appointment_id, calendar_id, action, revision, attempts FROM calendar_write
					WHERE done_at IS NULL AND due_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
					ORDER BY due_at, id LIMIT 1""")
				.params(at, at)
				.query((rs, row) -> new CalendarWrite(rs.getLong("id"), rs.getLong("appointment_id"),
						rs.getString("calendar_id"), Action.valueOf(rs.getString("action")), rs.getInt("revision"),
						rs.getInt("attempts") + 1, until))
				.optional();
			if (due.isEmpty()) {
				return due;
			}
			int won = this.jdbc.sql("""
					UPDATE calendar_write SET claimed_until = ?, attempts = attempts + 1
					WHERE id = ? AND done_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?)""")
				.params(until, due.get().id(), at)
				.update();
			if (won > 0) {
				return due;
			}
			// another instance won it: look for the next
		}
	}

	/**
	 * Marks a write done, unless the appointment changed while it was written: then it is
	 * released, due at once, to write the newer state. Changes nothing when the claim ran
	 * out and another writer holds the row now.
	 */
	void done(CalendarWrite write, Instant now) {
		int marked = this.jdbc.sql("""
				UPDATE calendar_write SET done_at = ?, claimed_until = NULL, last_error = NULL
				WHERE id = ? AND revision = ? AND claimed_until = ?""")
			.params(utc(now), write.id(), write.revision(), write.claimedUntil())
			.update();
		if (marked == 0) {
			this.jdbc.sql("UPDATE calendar_write SET claimed_until = NULL WHERE id = ? AND claimed_until = ?")
				.params(write.id(), write.claimedUntil())
				.update();
		}
	}

	/**
	 * Releases a write that failed, due again at {@code dueAt}, with what went wrong;
	 * unless another writer holds the row now.
	 */
	void retryLater(CalendarWrite write, Instant dueAt, String error) {
		String kept = (error.length() > MAX_ERROR) ? error.substring(0, MAX_ERROR) : error;
		this.jdbc.sql("""
				UPDATE calendar_write SET claimed_until = NULL, due_at = ?, last_error = ?
				WHERE id = ? AND claimed_until = ?""")
			.params(utc(dueAt), kept, write.id(), write.claimedUntil())
			.update();
	}

	/** Whether the appointment has a write pending to that calendar. */
	boolean pending(long appointmentId, String calendarId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM calendar_write
				WHERE appointment_id = ? AND calendar_id = ? AND done_at IS NULL""")
			.params(appointmentId, calendarId)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public List<Backlog> pendingSince(Instant before) {
		return this.jdbc.sql("""
				SELECT provider_id, COUNT(*) AS pending, MIN(pending_since) AS oldest, MAX(last_error) AS last_error
				FROM calendar_write WHERE done_at IS NULL AND pending_since < ?
				GROUP BY provider_id ORDER BY COUNT(*) DESC, provider_id""")
			.param(utc(before))
			.query((rs, row) -> new Backlog(rs.getLong("provider_id"), null, rs.getLong("pending"),
					rs.getObject("oldest", OffsetDateTime.class).toInstant(), rs.getString("last_error")))
			.list()
			.stream()
			.map((backlog) -> new Backlog(backlog.providerId(),
					this.providers.findById(backlog.providerId())
						.map(Provider::name)
						.orElse("provider " + backlog.providerId()),
					backlog.pending(), backlog.oldest(), backlog.lastError()))
			.toList();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
