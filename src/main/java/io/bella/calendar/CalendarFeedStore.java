package io.bella.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The feeds' rows: one a provider, holding the token's lookup id and its secret's hash,
 * never the secret.
 */
@Repository
class CalendarFeedStore {

	private final JdbcClient jdbc;

	CalendarFeedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the token the provider's only one; the old token, if any, stops working.
	 */
	void replace(long providerId, FeedToken token, Instant createdAt) {
		if (update(providerId, token, createdAt) > 0) {
			return;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO calendar_feed (provider_id, lookup_id, secret_hash, created_at)
					VALUES (?, ?, ?, ?)""")
				.params(providerId, token.lookupId(), token.secretHash(), createdAt.atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another request made the provider's row in between: replace what it wrote
			update(providerId, token, createdAt);
		}
	}

	boolean delete(long providerId) {
		return this.jdbc.sql("DELETE FROM calendar_feed WHERE provider_id = ?").param(providerId).update() > 0;
	}

	Optional<Kept> findByLookupId(String lookupId) {
		return this.jdbc.sql("SELECT provider_id, secret_hash FROM calendar_feed WHERE lookup_id = ?")
			.param(lookupId)
			.query((row, number) -> new Kept(row.getLong("provider_id"), row.getString("secret_hash")))
			.optional();
	}

	Optional<Instant> createdAt(long providerId) {
		return this.jdbc.sql("SELECT created_at FROM calendar_feed WHERE provider_id = ?")
			.param(providerId)
			.query((row, number) -> row.getObject("created_at", OffsetDateTime.class).toInstant())
			.optional();
	}

	private int update(long providerId, FeedToken token, Instant createdAt) {
		return this.jdbc
			.sql("UPDATE calendar_feed SET lookup_id = ?, secret_hash = ?, created_at = ? WHERE provider_id = ?")
			.params(token.lookupId(), token.secretHash(), createdAt.atOffset(ZoneOffset.UTC), providerId)
			.update();
	}

	/**
	 * A feed's row.
	 *
	 * @param providerId whose appointments the feed lists
	 * @param secretHash the SHA-256 of the token's secret, in hex
	 */
	record Kept(long providerId, String secretHash) {
	}

}
