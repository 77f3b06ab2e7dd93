package io.bella.operations.cost;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code cost_line} table: one line per subject (a call or a text), component, item
 * and basis, kept so by a unique constraint, so that an event delivered again or handled
 * by two instances at once never adds a line twice. A line replaced by the actual price
 * stays, with the time it was replaced; every sum reads the lines not replaced.
 */
@Repository
class CostLedger {

	private final JdbcClient jdbc;

	CostLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds lines that are not in the ledger yet.
	 * @return how many were added
	 */
	int add(List<CostLine> lines, Instant now) {
		int added = 0;
		for (CostLine line : lines) {
			added += this.jdbc.sql("""
					INSERT INTO cost_line (subject, component, item, basis, call_sid, appointment_id, quantity, unit,
					                       unit_price, amount, price_version, confirmed, incurred_at, recorded_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(line.subject(), line.component().key(), line.item(), line.basis().key(), line.callSid(),
						line.appointmentId(), line.quantity(), line.unit(), line.unitPrice(), line.amount(),
						line.priceVersion(), line.confirmed(), utc(line.incurredAt()), utc(now))
				.update();
		}
		return added;
	}

	/**
	 * Puts the actual price in place of an estimate: the actual line is added (once) and
	 * the estimate marked replaced. Run in one transaction.
	 * @return whether the actual line was added by this call
	 */
	boolean replace(CostLine actual, Instant now) {
		boolean added = add(List.of(actual), now) == 1;
		this.jdbc.sql("""
				UPDATE cost_line SET replaced_at = ?
				WHERE subject = ? AND component = ? AND item = ? AND basis = 'estimate' AND replaced_at IS NULL""")
			.params(utc(now), actual.subject(), actual.component().key(), actual.item())
			.update();
		return added;
	}

	/** The lines of a call that stand (estimates not replaced, and actuals), in order. */
	List<CostLine> ofCall(String callSid) {
		return this.jdbc.sql("""
				SELECT * FROM cost_line WHERE call_sid = ? AND replaced_at IS NULL
				ORDER BY incurred_at, component, item""").param(callSid).query(CostLedger::line).list();
	}

	/**
	 * Gives the texts about a call's appointment, sent while it went on or shortly after,
	 * the call they belong to.
	 */
	int attachTexts(String callSid, long appointmentId, Instant from, Instant to) {
		return this.jdbc.sql("""
				UPDATE cost_line SET call_sid = ?
				WHERE component = 'sms' AND call_sid IS NULL AND appointment_id = ?
				  AND incurred_at >= ? AND incurred_at < ?""")
			.params(callSid, appointmentId, utc(from), utc(to))
			.update();
	}

	/** The message SIDs of the texts costed since a time. */
	Set<String> costedTexts(Instant since) {
		return new HashSet<>(this.jdbc.sql("""
				SELECT DISTINCT subject FROM cost_line WHERE component = 'sms' AND incurred_at >= ?""")
			.param(utc(since))
			.query(String.class)
			.list());
	}

	/**
	 * Estimates of Twilio's charges (voice, texts) still waiting for the actual price,
	 * incurred in a window and not asked about since a time, oldest first.
	 */
	List<Pending> awaitingActual(Instant from, Instant to, Instant askedBefore, int limit) {
		return this.jdbc.sql("""
				SELECT id, subject, component, item, call_sid, appointment_id, incurred_at FROM cost_line
				WHERE basis = 'estimate' AND replaced_at IS NULL AND component IN ('twilio_voice', 'sms')
				  AND incurred_at >= ? AND incurred_at < ? AND (checked_at IS NULL OR checked_at < ?)
				ORDER BY incurred_at, id LIMIT ?""")
			.params(utc(from), utc(to), utc(askedBefore), limit)
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("subject"),
					CostComponent.of(rs.getString("component")), rs.getString("item"), rs.getString("call_sid"),
					rs.getObject("appointment_id", Long.class), instant(rs, "incurred_at")))
			.list();
	}

	void asked(long id, Instant now) {
		this.jdbc.sql("UPDATE cost_line SET checked_at = ? WHERE id = ?").params(utc(now), id).update();
	}

	private static CostLine line(ResultSet rs, int row) throws SQLException {
		return new CostLine(rs.getString("subject"), CostComponent.of(rs.getString("component")), rs.getString("item"),
				CostLine.Basis.valueOf(rs.getString("basis").toUpperCase(Locale.ROOT)), rs.getString("call_sid"),
				rs.getObject("appointment_id", Long.class), decimal(rs, "quantity"), rs.getString("unit"),
				decimal(rs, "unit_price"), decimal(rs, "amount"), rs.getString("price_version"),
				rs.getBoolean("confirmed"), instant(rs, "incurred_at"));
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column).stripTrailingZeros();
		return (value.scale() < 0) ? value.setScale(0) : value;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * An estimate waiting for the actual price.
	 *
	 * @param id the line's id
	 * @param subject the call's or text's SID
	 * @param component what for
	 * @param item which charge
	 * @param callSid the call, when known
	 * @param appointmentId the appointment, when known
	 * @param incurredAt when
	 */
	record Pending(long id, String subject, CostComponent component, String item, String callSid, Long appointmentId,
			Instant incurredAt) {
	}

}
