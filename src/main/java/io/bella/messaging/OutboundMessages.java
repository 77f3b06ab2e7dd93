package io.bella.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
	 * @param textId the text's own key, for Twilio's status callbacks
	 * @return empty when this call made the claim, otherwise the claim found
	 */
	Optional<Claim> claim(String effectKey, String textId, String recipient, String body, Instant now) {
		int inserted = this.jdbc.sql("""
				INSERT INTO outbound_message (effect_key, text_id, recipient, body, status, claimed_at, updated_at)
				VALUES (?, ?, ?, ?, 'claimed', ?, ?)
				ON CONFLICT DO NOTHING""").params(effectKey, textId, recipient, body, utc(now), utc(now)).update();
		return (inserted == 1) ? Optional.empty() : find(effectKey);
	}

	Optional<Claim> find(String effectKey) {
		return this.jdbc.sql("SELECT * FROM outbound_message WHERE effect_key = ?")
			.param(effectKey)
			.query(OutboundMessages::claim)
			.optional();
	}

	/** The effects of the texts Twilio took for a number, latest first. */
	List<String> recentEffects(String recipient, int limit) {
		return this.jdbc.sql("""
				SELECT effect_key FROM outbound_message WHERE recipient = ? AND status = 'sent'
				ORDER BY updated_at DESC LIMIT ?""").params(recipient, limit).query(String.class).list();
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
	 * Records a text Twilio refused for good (a permanent 4xx, such as an invalid
	 * number): status {@code failed} with delivery status {@code rejected}, which no
	 * delivery takes over again, so Twilio is not asked again.
	 */
	void markRejected(String effectKey, Instant now) {
		this.jdbc.sql("""
				UPDATE outbound_message SET status = 'failed', delivery_status = 'rejected', delivery_updated_at = ?,
				    updated_at = ?
				WHERE effect_key = ? AND status <> 'sent'""").params(utc(now), utc(now), effectKey).update();
	}

	/**
	 * Records a text not sent because its number opted out: refused by Bella before
	 * Twilio was asked, or by Twilio with error 21610.
	 */
	void markOptedOut(String effectKey, String errorCode, Instant now) {
		this.jdbc.sql("""
				UPDATE outbound_message SET status = 'failed', delivery_status = 'opted_out', error_code = ?,
				    delivery_updated_at = ?, updated_at = ?
				WHERE effect_key = ? AND status <> 'sent'""").params(errorCode, utc(now), utc(now), effectKey).update();
	}

	/**
	 * Records what Twilio's status callback says of a text, unless the text has a final
	 * status already or a later one than this: callbacks may arrive out of order, and a
	 * late {@code sent} must not undo {@code delivered}.
	 * @param messageSid the text's SID
	 * @param status Twilio's {@code MessageStatus}, lower case
	 * @param errorCode Twilio's {@code ErrorCode}, if any
	 * @return whether the status was recorded (an unknown SID or an earlier status is
	 * not)
	 */
	boolean recordDelivery(String messageSid, String status, String errorCode, Instant now) {
		return this.jdbc.sql("""
				UPDATE outbound_message SET delivery_status = :status, error_code = :code, delivery_updated_at = :now
				WHERE message_sid = :sid AND (CASE WHEN delivery_status IS NULL THEN 0
				    WHEN delivery_status IN ('delivered', 'undelivered', 'failed', 'read', 'canceled') THEN 4
				    WHEN delivery_status = 'sent' THEN 3 WHEN delivery_status = 'sending' THEN 2 ELSE 1 END) < :rank
				""")
			.param("status", status)
			.param("code", errorCode)
			.param("now", utc(now))
			.param("sid", messageSid)
			.param("rank", DeliveryStatus.rank(status))
			.update() > 0;
	}

	/**
	 * Records the SID a status callback reports for a text by its own key, when the claim
	 * has none yet: Twilio took the text, though the reply to the create request was lost
	 * (or has not been read yet). The text counts as sent.
	 * @return whether the SID was recorded
	 */
	boolean recordSid(String textId, String messageSid, Instant now) {
		return this.jdbc.sql("""
				UPDATE outbound_message SET status = 'sent', message_sid = ?, updated_at = ?
				WHERE text_id = ? AND message_sid IS NULL""").params(messageSid, utc(now), textId).update() == 1;
	}

	/** The SID recorded for a text, by its own key. */
	Optional<String> sidOf(String textId) {
		return this.jdbc.sql("SELECT message_sid FROM outbound_message WHERE text_id = ? AND message_sid IS NOT NULL")
			.param(textId)
			.query(String.class)
			.optional();
	}

	/**
	 * Takes a failed or unknown claim (not a rejected one) over again for the attempt
	 * about to be made, unless another delivery took it over since it was read or a
	 * status callback recorded its SID meanwhile.
	 * @param textId the key for a claim made before texts had one
	 * @return whether this delivery now holds the claim
	 */
	boolean reclaim(Claim claim, String textId, Instant now) {
		return this.jdbc.sql("""
				UPDATE outbound_message SET status = 'claimed', attempts = attempts + 1, claimed_at = ?, updated_at = ?,
				    text_id = COALESCE(text_id, ?)
				WHERE effect_key = ? AND attempts = ? AND status <> 'sent' AND message_sid IS NULL
				    AND COALESCE(delivery_status, '') <> 'rejected'""")
			.params(utc(now), utc(now), textId, claim.effectKey(), claim.attempts())
			.update() == 1;
	}

	private static Claim claim(ResultSet rs, int row) throws SQLException {
		return new Claim(rs.getString("effect_key"), rs.getString("text_id"), rs.getString("recipient"),
				rs.getString("body"), rs.getString("status"), rs.getString("delivery_status"),
				rs.getString("message_sid"), rs.getInt("attempts"),
				rs.getObject("claimed_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A claim on one text.
	 *
	 * @param effectKey what the text is for
	 * @param textId its own key, sent in the status callback URL (none on claims made
	 * before texts had one)
	 * @param recipient to whom, E.164
	 * @param body what it says
	 * @param status {@code claimed}, {@code sent} or {@code failed}
	 * @param deliveryStatus for a failed text, {@code rejected} when Twilio refused it
	 * for good (never sent again) or {@code opted_out}; otherwise what Twilio reported
	 * @param messageSid Twilio's SID once it took the text
	 * @param attempts how many attempts were claimed
	 * @param claimedAt when the last attempt started
	 */
	record Claim(String effectKey, String textId, String recipient, String body, String status, String deliveryStatus,
			String messageSid, int attempts, Instant claimedAt) {

		boolean sent() {
			return "sent".equals(this.status) || this.messageSid != null;
		}

		boolean failed() {
			return "failed".equals(this.status);
		}

		boolean rejected() {
			return failed() && "rejected".equals(this.deliveryStatus);
		}

	}

}
