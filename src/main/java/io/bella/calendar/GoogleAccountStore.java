package io.bella.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one Google account an administrator connected by consent: its refresh token,
 * encrypted ({@link RefreshTokenCipher}), when and by whom.
 */
@Repository
class GoogleAccountStore {

	private final JdbcClient jdbc;

	GoogleAccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(String encryptedRefreshToken, Instant connectedAt, String connectedBy) {
		if (update(encryptedRefreshToken, connectedAt, connectedBy) > 0) {
			return;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO google_account (id, refresh_token, connected_at, connected_by)
					VALUES (1, ?, ?, ?)""")
				.params(encryptedRefreshToken, connectedAt.atOffset(ZoneOffset.UTC), connectedBy)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another request connected in between: the later consent wins
			update(encryptedRefreshToken, connectedAt, connectedBy);
		}
	}

	boolean delete() {
		return this.jdbc.sql("DELETE FROM google_account").update() > 0;
	}

	Optional<Kept> find() {
		return this.jdbc.sql("SELECT refresh_token, connected_at, connected_by FROM google_account WHERE id = 1")
			.query((row, number) -> new Kept(row.getString("refresh_token"),
					row.getObject("connected_at", OffsetDateTime.class).toInstant(), row.getString("connected_by")))
			.optional();
	}

	private int update(String encryptedRefreshToken, Instant connectedAt, String connectedBy) {
		return this.jdbc
			.sql("UPDATE google_account SET refresh_token = ?, connected_at = ?, connected_by = ? WHERE id = 1")
			.params(encryptedRefreshToken, connectedAt.atOffset(ZoneOffset.UTC), connectedBy)
			.update();
	}

	/**
	 * The connected account's row.
	 *
	 * @param encryptedRefreshToken the refresh token, encrypted
	 * @param connectedAt when the administrator consented
	 * @param connectedBy who did
	 */
	record Kept(String encryptedRefreshToken, Instant connectedAt, String connectedBy) {
	}

}
