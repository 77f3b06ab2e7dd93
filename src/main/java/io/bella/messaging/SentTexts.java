package io.bella.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The texts Twilio took, oldest first, for whoever accounts for them (the operations
 * module's cost ledger); read from the claims in {@code outbound_message}.
 */
@Repository
public class SentTexts {

	private static final Pattern APPOINTMENT = Pattern.compile("appointment-[a-z]+:(\\d{1,18})(:.*)?");

	private final JdbcClient jdbc;

	SentTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Texts Twilio took at or after a time, oldest first.
	 * @param since the earliest
	 * @param limit the most answered
	 * @return the texts
	 */
	public List<SentText> since(Instant since, int limit) {
		return this.jdbc.sql("""
				SELECT effect_key, recipient, body, message_sid, updated_at FROM outbound_message
				WHERE status = 'sent' AND message_sid IS NOT NULL AND updated_at >= ?
				ORDER BY updated_at, effect_key LIMIT ?""")
			.params(since.atOffset(ZoneOffset.UTC), limit)
			.query(SentTexts::text)
			.list();
	}

	/**
	 * The texts to a number in {@code [from, to)} (either may be {@code null}), newest
	 * first, whatever became of them.
	 * @param recipient the number, E.164
	 * @param limit the most answered
	 * @return the texts
	 */
	public List<TextMessage> to(String recipient, Instant from, Instant to, int limit) {
		return this.jdbc.sql("""
				SELECT effect_key, recipient, body, status, updated_at, delivery_status, error_code
				FROM outbound_message WHERE recipient = ? AND updated_at >= ? AND updated_at < ?
				ORDER BY updated_at DESC, effect_key LIMIT ?""")
			.params(recipient, ((from != null) ? from : Instant.EPOCH).atOffset(ZoneOffset.UTC),
					((to != null) ? to : Instant.parse("9999-01-01T00:00:00Z")).atOffset(ZoneOffset.UTC), limit)
			.query((rs, row) -> new TextMessage(rs.getString("recipient"), rs.getString("body"), rs.getString("status"),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
					appointmentId(rs.getString("effect_key")), rs.getString("delivery_status"),
					rs.getString("error_code")))
			.list();
	}

	/**
	 * How the texts whose delivery Twilio reported as final in {@code [since, now)}
	 * fared: how many reached a final status ({@code delivered}, {@code undelivered},
	 * {@code failed}) and how many of them did not reach the phone.
	 * @param since the earliest report counted
	 * @return the counts
	 */
	public Deliveries deliveries(Instant since) {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) AS finished,
					       COALESCE(SUM(CASE WHEN delivery_status IN ('undelivered', 'failed') THEN 1 ELSE 0 END), 0) AS failed
					FROM outbound_message
					WHERE delivery_updated_at >= ? AND delivery_status IN ('delivered', 'undelivered', 'failed')""")
			.param(since.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Deliveries(rs.getLong("finished"), rs.getLong("failed")))
			.single();
	}

	private static SentText text(ResultSet rs, int row) throws SQLException {
		String effect = rs.getString("effect_key");
		SmsSegments.Count count = SmsSegments.of(rs.getString("body"));
		return new SentText(rs.getString("message_sid"), effect, appointmentId(effect),
				country(rs.getString("recipient")), count.segments(), count.unicode(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	static Long appointmentId(String effect) {
		Matcher matcher = APPOINTMENT.matcher(effect);
		return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
	}

	private static String country(String recipient) {
		try {
			PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
			return numbers.getRegionCodeForNumber(numbers.parse(recipient, "ZZ"));
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	/**
	 * How texts fared once Twilio reported a final status.
	 *
	 * @param finished the texts delivered, undelivered or failed
	 * @param failed those undelivered or failed
	 */
	public record Deliveries(long finished, long failed) {
	}

}
