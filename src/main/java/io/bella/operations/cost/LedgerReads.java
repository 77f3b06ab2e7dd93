package io.bella.operations.cost;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;

import io.bella.operations.CostRecords;
import io.bella.operations.LedgerLine;
import io.bella.system.RowStreams;
import io.bella.voice.CallCostExpression;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's standing lines for staff, and a call's cost for the calls' queries.
 */
@Repository
class LedgerReads implements CostRecords, CallCostExpression {

	private static final String STANDING = " replaced_at IS NULL";

	private final CostLedger ledger;

	private final JdbcClient jdbc;

	private final RowStreams rowStreams;

	LedgerReads(CostLedger ledger, JdbcClient jdbc, RowStreams rowStreams) {
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.rowStreams = rowStreams;
	}

	@Override
	public String costOf(String callSidColumn) {
		return "(SELECT SUM(l.amount) FROM cost_line l WHERE l.call_sid = " + callSidColumn
				+ " AND l.replaced_at IS NULL)";
	}

	@Override
	public List<LedgerLine> ofCall(String callSid) {
		return this.ledger.ofCall(callSid).stream().map(LedgerReads::line).toList();
	}

	@Override
	public long count(Instant from, Instant to) {
		List<Object> params = new ArrayList<>();
		return this.jdbc.sql("SELECT COUNT(*) FROM cost_line" + where(from, to, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	@Override
	public void forEach(Instant from, Instant to, Consumer<LedgerLine> consumer) {
		List<Object> params = new ArrayList<>();
		this.rowStreams.query("SELECT * FROM cost_line" + where(from, to, params) + " ORDER BY incurred_at, id", params,
				(rs) -> consumer.accept(line(rs)));
	}

	private static String where(Instant from, Instant to, List<Object> params) {
		StringJoiner where = new StringJoiner(" AND", " WHERE", "").add(STANDING);
		if (from != null) {
			where.add(" incurred_at >= ?");
			params.add(CostLedger.utc(from));
		}
		if (to != null) {
			where.add(" incurred_at < ?");
			params.add(CostLedger.utc(to));
		}
		return where.toString();
	}

	private static LedgerLine line(ResultSet rs) throws SQLException {
		return new LedgerLine(rs.getString("subject"), rs.getString("component"), rs.getString("item"),
				rs.getString("basis"), rs.getString("call_sid"), rs.getObject("appointment_id", Long.class),
				rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getBigDecimal("unit_price"),
				rs.getBigDecimal("amount"), rs.getString("price_version"), rs.getBoolean("confirmed"),
				CostLedger.instant(rs, "incurred_at"));
	}

	private static LedgerLine line(CostLine line) {
		return new LedgerLine(line.subject(), line.component().key(), line.item(), line.basis().key(), line.callSid(),
				line.appointmentId(), line.quantity(), line.unit(), line.unitPrice(), line.amount(),
				line.priceVersion(), line.confirmed(), line.incurredAt());
	}

}
