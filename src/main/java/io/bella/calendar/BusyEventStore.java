package io.bella.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.bella.booking.BusyBlock;
import io.bella.booking.BusyCoverage;
import io.bella.booking.ExternalBusyTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each provider's import stands (its claim, sync token and how far its last full
 * read reached) and the busy events it knows, handed to booking after every read.
 */
@Component
class BusyEventStore {

	private final JdbcClient jdbc;

	private final ExternalBusyTimes busyTimes;

	BusyEventStore(JdbcClient jdbc, ExternalBusyTimes busyTimes) {
		this.jdbc = jdbc;
		this.busyTimes = busyTimes;
	}

	/**
	 * Claims the provider's import until {@code until} unless another run holds it.
	 * @return whether this run may import
	 */
	boolean claim(long providerId, Instant now, Instant until) {
		createState(providerId);
		return this.jdbc
			.sql("UPDATE google_busy_sync SET claimed_until = ? WHERE provider_id = ? AND claimed_until <= ?")
			.params(utc(until), providerId, utc(now))
			.update() == 1;
	}

	Optional<SyncState> state(long providerId) {
		return this.jdbc.sql("SELECT calendar_id, sync_token, covers_to FROM google_busy_sync WHERE provider_id = ?")
			.param(providerId)
			.query((rs, row) -> new SyncState(rs.getString("calendar_id"), rs.getString("sync_token"),
					Optional.ofNullable(rs.getObject("covers_to", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.optional();
	}

	/**
	 * Applies a read to the known events, remembers where the import stands, and hands
	 * the busy times in [now, coversTo) to booking, all in one transaction, unless the
	 * provider's calendar changed since the read began.
	 */
	@Transactional
	BusyCoverage store(long providerId, SyncState read, BusyChanges changes, Instant now) {
		if (!this.busyTimes.isLinked(providerId, read.calendarId())) {
			throw new CalendarSyncRefusedException("Provider " + providerId
					+ "'s calendar was changed while it was read: its busy times are read again from the new one.");
		}
		if (changes.full()) {
			this.jdbc.sql("DELETE FROM google_busy_event WHERE provider_id = ?").param(providerId).update();
		}
		for (String gone : changes.gone()) {
			delete(providerId, gone);
		}
		for (Map.Entry<String, BusyBlock> event : changes.busy().entrySet()) {
			delete(providerId, event.getKey());
			this.jdbc
				.sql("INSERT INTO google_busy_event (provider_id, event_id, starts_at, ends_at) VALUES (?, ?, ?, ?)")
				.params(providerId, event.getKey(), utc(event.getValue().startsAt()), utc(event.getValue().endsAt()))
				.update();
		}
		createState(providerId);
		this.jdbc.sql("""
				UPDATE google_busy_sync SET calendar_id = ?, sync_token = ?, covers_to = ? WHERE provider_id = ?""")
			.params(read.calendarId(), changes.syncToken(), utc(read.coversTo()), providerId)
			.update();
		List<BusyBlock> busy = this.jdbc.sql("""
				SELECT starts_at, ends_at FROM google_busy_event
				WHERE provider_id = ? AND starts_at < ? AND ends_at > ? ORDER BY starts_at""")
			.params(providerId, utc(read.coversTo()), utc(now))
			.query((rs, row) -> new BusyBlock(rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
					rs.getObject("ends_at", OffsetDateTime.class).toInstant()))
			.list();
		return this.busyTimes.replace(providerId, now, read.coversTo(), busy, now);
	}

	int blocks(long providerId, Instant from, Instant to) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM google_busy_event WHERE provider_id = ? AND starts_at < ? AND ends_at > ?")
			.params(providerId, utc(to), utc(from))
			.query(Integer.class)
			.single();
	}

	private void createState(long providerId) {
		this.jdbc.sql("INSERT INTO google_busy_sync (provider_id, claimed_until) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(providerId, utc(Instant.EPOCH))
			.update();
	}

	private void delete(long providerId, String eventId) {
		this.jdbc.sql("DELETE FROM google_busy_event WHERE provider_id = ? AND event_id = ?")
			.params(providerId, eventId)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * Where a provider's import stands.
	 *
	 * @param calendarId the calendar it read
	 * @param syncToken the token for the next read of changes, or {@code null}
	 * @param coversTo how far its last full read reached, or {@code null}
	 */
	record SyncState(String calendarId, String syncToken, Instant coversTo) {
	}

}
