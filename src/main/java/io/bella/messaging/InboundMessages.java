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
 * The texts patients sent the clinic, in {@code inbound_message}: one row per Twilio
 * {@code MessageSid}, with what Bella did about it and what it answered.
 */
@Repository
class InboundMessages {

	private final JdbcClient jdbc;

	InboundMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a text unless its SID is stored already (Twilio retried the webhook). Within
	 * a transaction, a concurrent duplicate waits here until the first one commits.
	 * @return whether this call stored it
	 */
	boolean insert(String messageSid, String sender, String body, Instant receivedAt) {
		return this.jdbc.sql("""
				INSERT INTO inbound_message (message_sid, sender, body, received_at, action)
				VALUES (?, ?, ?, ?, 'received')
				ON CONFLICT DO NOTHING""").params(messageSid, sender, body, utc(receivedAt)).update() == 1;
	}

	/** Records what Bella did about a text and what it answered. */
	void handled(String messageSid, Long patientId, Long appointmentId, String action, String reply) {
		this.jdbc.sql("""
				UPDATE inbound_message SET patient_id = ?, appointment_id = ?, action = ?, reply = ?
				WHERE message_sid = ?""").params(patientId, appointmentId, action, reply, messageSid).update();
	}

	Optional<Inbound> find(String messageSid) {
		return this.jdbc.sql("SELECT * FROM inbound_message WHERE message_sid = ?")
			.param(messageSid)
			.query(InboundMessages::inbound)
			.optional();
	}

	/** The texts from a number, newest first. */
	List<Inbound> from(String sender, int limit) {
		return this.jdbc
			.sql("SELECT * FROM inbound_message WHERE sender = ? ORDER BY received_at DESC, id DESC LIMIT ?")
			.params(sender, limit)
			.query(InboundMessages::inbound)
			.list();
	}

	private static Inbound inbound(ResultSet rs, int row) throws SQLException {
		long appointment = rs.getLong("appointment_id");
		Long appointmentId = rs.wasNull() ? null : appointment;
		return new Inbound(rs.getString("message_sid"), rs.getString("sender"), rs.getString("body"),
				rs.getObject("received_at", OffsetDateTime.class).toInstant(), appointmentId, rs.getString("action"),
				rs.getString("reply"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A text a patient sent.
	 *
	 * @param messageSid Twilio's SID
	 * @param sender the number, E.164
	 * @param body what it said
	 * @param receivedAt when it arrived
	 * @param appointmentId the appointment it was taken to be about
	 * @param action what Bella did ({@link SmsReplies.Action}, lower case)
	 * @param reply what Bella answered, {@code null} for nothing
	 */
	record Inbound(String messageSid, String sender, String body, Instant receivedAt, Long appointmentId, String action,
			String reply) {
	}

}
