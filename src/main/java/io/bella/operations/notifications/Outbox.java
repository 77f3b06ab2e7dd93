package io.bella.operations.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.bella.operations.alerts.AlertNotifier.Attempt;
import io.bella.operations.alerts.AlertNotifier.Delivery;
import io.bella.operations.alerts.AlertNotifier.Notice;
import io.bella.system.PhoneNumbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification outbox ({@code alert_notification}) and its attempt log
 * ({@code alert_notification_attempt}). A notice is sent only by the instance whose
 * conditional update claimed it; the outcome is recorded only under that claim.
 */
@Repository
class Outbox {

	private static final int MAX_ERROR = 500;

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(long alertId, Notice notice, Channel channel, String recipient, AlertText text, Instant now) {
		this.jdbc.sql("""
				INSERT INTO alert_notification (alert_id, notice, channel, recipient, subject, body, status, attempts,
				                                created_at, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)""")
			.params(alertId, notice.value(), channel.value(), recipient, text.subject(), text.body(), utc(now),
					utc(now))
			.update();
	}

	/** Notices due now: pending ones whose time has come, and claims that ran out. */
	List<Long> due(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM alert_notification
				WHERE (status = 'pending' AND next_attempt_at <= ?) OR (status = 'sending' AND claimed_until < ?)
				ORDER BY id LIMIT ?""").params(utc(now), utc(now), limit).query(Long.class).list();
	}

	/**
	 * Claims a due notice for one attempt.
	 * @return the notice, when this instance won the claim
	 */
	Optional<Notification> claim(long id, String instance, Instant now, Instant until) {
		int claimed = this.jdbc.sql("""
				UPDATE alert_notification SET status = 'sending', attempts = attempts + 1, claimed_by = ?,
				                              claimed_until = ?
				WHERE id = ? AND ((status = 'pending' AND next_attempt_at <= ?)
				                  OR (status = 'sending' AND claimed_until < ?))""")
			.params(instance, utc(until), id, utc(now), utc(now))
			.update();
		if (claimed != 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT * FROM alert_notification WHERE id = ?")
			.param(id)
			.query(Outbox::notification)
			.optional();
	}

	void sent(Notification notification, String instance, Instant now) {
		if (finish(notification, instance, "sent", null, now) == 1) {
			log(notification, "sent", null, now);
		}
	}

	/**
	 * Records a failed attempt.
	 * @param retryAt when to try again, or {@code null} to give the notice up
	 */
	void failed(Notification notification, String instance, String error, Instant now, Instant retryAt) {
		String cut = (error != null && error.length() > MAX_ERROR) ? error.substring(0, MAX_ERROR) : error;
		String status = (retryAt != null) ? "pending" : "failed";
		if (finish(notification, instance, status, retryAt, null) == 1) {
			log(notification, "failed", cut, now);
		}
	}

	private int finish(Notification notification, String instance, String status, Instant next, Instant sentAt) {
		return this.jdbc
			.sql("""
					UPDATE alert_notification SET status = ?, next_attempt_at = COALESCE(CAST(? AS TIMESTAMP WITH TIME ZONE), next_attempt_at), sent_at = ?,
					                              claimed_until = NULL
					WHERE id = ? AND status = 'sending' AND claimed_by = ? AND attempts = ?""")
			.params(status, utc(next), utc(sentAt), notification.id(), instance, notification.attempts())
			.update();
	}

	private void log(Notification notification, String status, String error, Instant now) {
		this.jdbc.sql("""
				INSERT INTO alert_notification_attempt (notification_id, channel, attempt, status, attempted_at, error)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(notification.id(), notification.channel().value(), notification.attempts(), status, utc(now), error)
			.update();
	}

	Map<Long, List<Delivery>> deliveries(Collection<Long> alertIds) {
		if (alertIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Attempt>> attempts = this.jdbc.sql("""
				SELECT a.* FROM alert_notification_attempt a JOIN alert_notification n ON n.id = a.notification_id
				WHERE n.alert_id IN (:ids) ORDER BY a.id""")
			.param("ids", alertIds)
			.query((rs, row) -> Map.entry(rs.getLong("notification_id"),
					new Attempt(rs.getInt("attempt"), rs.getString("status"), instant(rs, "attempted_at"),
							rs.getString("error"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return this.jdbc.sql("SELECT * FROM alert_notification WHERE alert_id IN (:ids) ORDER BY id")
			.param("ids", alertIds)
			.query((rs, row) -> Map.entry(rs.getLong("alert_id"), delivery(rs, attempts)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private static Delivery delivery(ResultSet rs, Map<Long, List<Attempt>> attempts) throws SQLException {
		String recipient = rs.getString("recipient");
		String status = rs.getString("status");
		return new Delivery(rs.getString("notice"), rs.getString("channel"),
				(recipient != null) ? PhoneNumbers.mask(recipient) : null, status,
				"pending".equals(status) ? instant(rs, "next_attempt_at") : null, instant(rs, "sent_at"),
				attempts.getOrDefault(rs.getLong("id"), List.of()));
	}

	/**
	 * Attempts on a channel since a time, failed and sent, and whether the latest failed.
	 */
	ChannelRecord channelRecord(Channel channel, Instant since) {
		return this.jdbc.sql("""
				SELECT COUNT(CASE WHEN status = 'failed' THEN 1 END) AS failed,
				       COUNT(CASE WHEN status = 'sent' THEN 1 END) AS sent,
				       MAX(CASE WHEN status = 'failed' THEN attempted_at END) AS last_failed,
				       MAX(CASE WHEN status = 'sent' THEN attempted_at END) AS last_sent
				FROM alert_notification_attempt WHERE channel = ? AND attempted_at >= ?""")
			.params(channel.value(), utc(since))
			.query((rs, row) -> new ChannelRecord(rs.getInt("failed"), rs.getInt("sent"), instant(rs, "last_failed"),
					instant(rs, "last_sent")))
			.single();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getLong("id"), rs.getLong("alert_id"), Channel.of(rs.getString("channel")),
				rs.getString("recipient"), new AlertText(rs.getString("subject"), rs.getString("body")),
				rs.getInt("attempts"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * A claimed notice.
	 *
	 * @param id its id
	 * @param alertId its alert
	 * @param channel where it goes
	 * @param recipient the SMS number, otherwise {@code null}
	 * @param text what it says
	 * @param attempts this attempt's number
	 */
	record Notification(long id, long alertId, Channel channel, String recipient, AlertText text, int attempts) {
	}

	/**
	 * A channel's recent attempts.
	 *
	 * @param failed how many failed
	 * @param sent how many went
	 * @param lastFailed the latest failure
	 * @param lastSent the latest success
	 */
	record ChannelRecord(int failed, int sent, Instant lastFailed, Instant lastSent) {

		boolean latestFailed() {
			return this.lastFailed != null && (this.lastSent == null || this.lastFailed.isAfter(this.lastSent));
		}

	}

}
