package io.bella.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims on outgoing texts in the {@code outbound_message} table, one per effect (such as
 * {@code appointment-booked:42}). Called without a transaction, so each statement commits
 * at once: a claim is durable before Twilio is called.
 */
@Repository
class OutboundMessages {

	private final JdbcClient jdbc;

	OutboundMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims an effect.
	 * @return empty when this call made the claim, otherwise the claim found
	 */
	Optional<Claim> claim(String effectKey, String recipient, String body, Instant now) {
		int inserted = this.jdbc.sql("""
				INSERT INTO outbound_message (effect_key, recipient, body, status, claimed_at, updated_at)
				VALUES (?, ?, ?, 'claimed', ?, ?)
				ON CONFLICT DO NOTHING""").params(effectKey, recipient, body, utc(now), utc(now)).update();
		return (inserted == 1) ? Optional.empty() : find(effectKey);
	}

	Optional<Claim> find(String effectKey) {
		return this.jdbc.sql("SELECT * FROM outbound_message WHERE effect_key = ?")
			.param(effectKey)
			.query(OutboundMessages::claim)
			.optional();
	}

	void markSent(String effectKey, String messageSid, Instant now) {
		this.jdbc
			.sql("UPDATE outbound_message SET status = 'sent', message_sid = ?, updated_at = ? WHERE effect_key = ?")
			.params(messageSid, utc(now), effectKey)
			.update();
	}

	void markFailed(String effectKey, Instant now) {
		this.jdbc.sql("""
				UPDATE outbound_message SET status = 'failed', updated_at = ?
				WHERE effect_key = ? AND status <> 'sent'""").params(utc(now), effectKey).update();
	}

	/**
	 * Takes a failed or unknown claim over again for the attempt about to be made, unless
	 * another delivery took it over since it was read.
	 * @return whether this delivery now holds the claim
	 */
	boolean reclaim(Claim claim, Instant now) {
		return this.jdbc.sql("""
				UPDATE outbound_message SET status = 'claimed', attempts = attempts + 1, claimed_at = ?, updated_at = ?
				WHERE effect_key = ? AND attempts = ? AND status <> 'sent'""")
			.params(utc(now), utc(now), claim.effectKey(), claim.attempts())
			.update() == 1;
	}

	private static Claim claim(ResultSet rs, int row) throws SQLException {
		return new Claim(rs.getString("effect_key"), rs.getString("recipient"), rs.getString("body"),
				rs.getString("status"), rs.getString("message_sid"), rs.getInt("attempts"),
				rs.getObject("claimed_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A claim on one text.
	 *
	 * @param effectKey what the text is for
	 * @param recipient to whom, E.164
	 * @param body what it says
	 * @param status {@code claimed}, {@code sent} or {@code failed}
	 * @param messageSid Twilio's SID once it took the text
	 * @param attempts how many attempts were claimed
	 * @param claimedAt when the last attempt started
	 */
	record Claim(String effectKey, String recipient, String body, String status, String messageSid, int attempts,
			Instant claimedAt) {

		boolean sent() {
			return "sent".equals(this.status) || this.messageSid != null;
		}

		boolean failed() {
			return "failed".equals(this.status);
		}

	}

}
