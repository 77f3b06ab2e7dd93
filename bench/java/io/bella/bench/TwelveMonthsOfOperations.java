package io.bella.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Twelve months of a busy clinic's operations written straight into Bella's PostgreSQL
 * tables with {@code COPY}: calls (mostly in opening hours, more on Mondays) with their
 * turns and realistic outcomes, the appointments they and the API and dashboard booked,
 * every booking change, the rows the business metrics and the cost ledger keep at each
 * call's end, cost lines and a year of alerts. Seeded, so every run loads the same data.
 */
final class TwelveMonthsOfOperations {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final String[] OUTCOMES = { "BOOKED", "RESCHEDULED", "CANCELLED", "TRANSFERRED", "MESSAGE_TAKEN",
			"ABANDONED", "FAILED" };

	private static final int[] OUTCOME_WEIGHTS = { 35, 8, 6, 10, 8, 28, 5 };

	private static final int[] HOUR_WEIGHTS = { 0, 0, 0, 0, 0, 0, 1, 3, 8, 10, 10, 9, 7, 8, 9, 9, 8, 6, 4, 3, 2, 1, 1,
			0 };

	private static final int CHUNK = 50_000;

	private final Random random = new Random(42);

	private final int calls;

	private final int turnsPerCall;

	private final Instant now;

	private final Instant[] started;

	private final int[] duration;

	private final String[] outcome;

	private final boolean[] goodbye;

	private long nextAppointment;

	private int atLeastAppointments;

	TwelveMonthsOfOperations(int calls, int turnsPerCall, Instant now) {
		this.calls = calls;
		this.turnsPerCall = turnsPerCall;
		this.now = now;
		this.started = new Instant[calls];
		this.duration = new int[calls];
		this.outcome = new String[calls];
		this.goodbye = new boolean[calls];
		LocalDate today = LocalDate.ofInstant(now, TORONTO);
		for (int i = 0; i < calls; i++) {
			LocalDate day = today.minusDays(this.random.nextInt(365));
			int hour = weighted(HOUR_WEIGHTS);
			Instant start = day.atTime(hour, this.random.nextInt(60), this.random.nextInt(60))
				.atZone(TORONTO)
				.toInstant();
			this.started[i] = start.isBefore(now.minusSeconds(600)) ? start : now.minus(Duration.ofDays(1));
			this.duration[i] = 30 + this.random.nextInt(200) + this.random.nextInt(200);
			this.outcome[i] = OUTCOMES[weighted(OUTCOME_WEIGHTS)];
			this.goodbye[i] = this.random.nextBoolean();
		}
	}

	/**
	 * Books as many appointments through the API and the dashboard as it takes for the
	 * year to hold at least this many (by default a tenth of the calls' number beside
	 * those the calls made).
	 */
	TwelveMonthsOfOperations withAtLeastAppointments(int appointments) {
		this.atLeastAppointments = appointments;
		return this;
	}

	/** Loads everything and returns the rows written per table. */
	List<String> load(Connection db) throws SQLException, IOException {
		CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
		long[] providers = providers(db);
		this.nextAppointment = max(db, "appointment") + 1;
		long firstPatient = max(db, "patient") + 1;
		List<String> counts = new ArrayList<>();
		counts.add(copy(copy, "patient (id, name, phone, email, created_at, name_key)", 5_000,
				(i, row) -> row.append(firstPatient + i).append(",Patient ").append(i).append(",+1416777").append(
						String.format("%04d", i)).append(",,").append(this.now.minus(Duration.ofDays(400))).append(
								",patient ").append(i)));
		counts.add(copy(copy, "call_record (call_sid, caller, called, started_at, ended_at, duration_sec, outcome, "
				+ "appointment_id)", this.calls, (i, row) -> row.append(sid(i)).append(",+1416555").append(
						String.format("%04d", i % 10_000)).append(",+14165550100,").append(this.started[i]).append(',')
					.append(ended(i)).append(',').append(this.duration[i]).append(',').append(this.outcome[i]).append(
							',').append(touches(i) ? String.valueOf(appointmentOf(i)) : "")));
		counts.add(copy(copy, "call_turn (call_sid, turn, heard, confidence, said, action, latency_ms, fallback, "
				+ "answered_at, llm_requests, llm_input_tokens, llm_output_tokens)", this.calls * this.turnsPerCall,
				(n, row) -> turn(n / this.turnsPerCall, n % this.turnsPerCall, row)));
		counts.add(copy(copy, "kpi_call (call_sid, started_at, ended_at, duration_sec, outcome, appointment_id, "
				+ "turns, speech_turns, question_answered, handoff_unasked)", this.calls,
				(i, row) -> row.append(sid(i)).append(',').append(this.started[i]).append(',').append(ended(i))
					.append(',').append(this.duration[i]).append(',').append(this.outcome[i]).append(',')
					.append(touches(i) ? String.valueOf(appointmentOf(i)) : "").append(',').append(this.turnsPerCall)
					.append(',').append(this.turnsPerCall - 1).append(',').append(questionAnswered(i)).append(",false")));
		counts.add(copy(copy, "cost_call (call_sid, started_at, ended_at, duration_sec, outcome, appointment_id, "
				+ "gathers, unheard_gathers, llm_requests, llm_input_tokens)", this.calls,
				(i, row) -> row.append(sid(i)).append(',').append(this.started[i]).append(',').append(ended(i))
					.append(',').append(this.duration[i]).append(',').append(this.outcome[i]).append(',')
					.append(touches(i) ? String.valueOf(appointmentOf(i)) : "").append(',')
					.append(this.turnsPerCall - 1).append(",1,3,1350")));
		counts.add(copy(copy, "cost_line (subject, component, item, basis, call_sid, quantity, unit, unit_price, "
				+ "amount, price_version, confirmed, incurred_at, recorded_at)", this.calls * 3,
				(n, row) -> costLine(n / 3, n % 3, row)));
		int byPhone = 0;
		for (int i = 0; i < this.calls; i++) {
			byPhone += touches(i) ? 1 : 0;
		}
		int otherBookings = Math.max(this.calls / 10, this.atLeastAppointments - byPhone);
		counts.add(copy(copy, "appointment (id, patient_id, provider_id, starts_at, ends_at, blocked_from, blocked_to, "
				+ "status, source, created_at, updated_at)", this.calls + otherBookings,
				(i, row) -> appointment(i, firstPatient, providers, row)));
		counts.add(copy(copy, "booking_change (appointment_id, kind, source, starts_at, occurred_at)",
				this.calls + otherBookings, (i, row) -> bookingChange(i, row)));
		counts.add(copy(copy, "alert (fingerprint, rule, labels, severity, state, component, summary, started_at, "
				+ "last_seen_at, ended_at, occurrences, resolved_at, resolution)", 1_000, this::alert));
		try (Statement statement = db.createStatement()) {
			statement.execute("SELECT setval(pg_get_serial_sequence('appointment', 'id'), (SELECT MAX(id) FROM "
					+ "appointment))");
			statement.execute("SELECT setval(pg_get_serial_sequence('patient', 'id'), (SELECT MAX(id) FROM patient))");
			// as autovacuum does after inserts: statistics, and the visibility map index-only scans use
			statement.execute("VACUUM ANALYZE");
		}
		return counts;
	}

	private void turn(int call, int turn, StringBuilder row) {
		boolean last = turn == this.turnsPerCall - 1;
		String action = last ? lastAction(call) : "LISTEN";
		boolean fallback = last && "FAILED".equals(this.outcome[call]);
		row.append(sid(call)).append(',').append(turn).append(',');
		if (turn > 0) {
			row.append("\"I'd like to come in on Tuesday morning if you have anything, for a cleaning\",0.91");
		}
		else {
			row.append(',');
		}
		row.append(",\"Thank you for calling Maple Dental Centre. I have Tuesday at 9:30 a.m. with Dr. Chen. "
				+ "Would that work for you?\",")
			.append(action)
			.append(',')
			.append(40 + (call * 7 + turn * 13) % 200)
			.append(',')
			.append(fallback)
			.append(',')
			.append(this.started[call].plusSeconds((long) this.duration[call] * turn / this.turnsPerCall))
			.append(',')
			.append((turn > 0 && turn <= 3) ? "1,450,40" : "0,0,0");
	}

	private String lastAction(int call) {
		return switch (this.outcome[call]) {
			case "TRANSFERRED" -> "TRANSFER";
			case "MESSAGE_TAKEN" -> "TAKE_MESSAGE";
			case "ABANDONED" -> this.goodbye[call] ? "HANG_UP" : "LISTEN";
			default -> "HANG_UP";
		};
	}

	private boolean questionAnswered(int call) {
		return "HANG_UP".equals(lastAction(call)) && !"FAILED".equals(this.outcome[call]);
	}

	private void costLine(int call, int kind, StringBuilder row) {
		String[] component = { "twilio_voice", "twilio_speech", "llm" };
		String[] item = { "inbound CA", "gathers", "gpt-4o-mini input" };
		String[] unit = { "minute", "15 s", "token" };
		String[] price = { "0.0085", "0.02", "0.00000015" };
		long quantity = switch (kind) {
			case 0 -> (this.duration[call] + 59) / 60;
			case 1 -> this.turnsPerCall - 1;
			default -> 1350;
		};
		String amount = new java.math.BigDecimal(price[kind]).multiply(java.math.BigDecimal.valueOf(quantity))
			.toPlainString();
		row.append(sid(call)).append(',').append(component[kind]).append(',').append(item[kind]).append(",estimate,")
			.append(sid(call)).append(',').append(quantity).append(',').append(unit[kind]).append(',')
			.append(price[kind]).append(',').append(amount).append(",2026-03-01,false,").append(ended(call))
			.append(',').append(ended(call));
	}

	private void appointment(int i, long firstPatient, long[] providers, StringBuilder row) {
		boolean byPhone = i < this.calls;
		if (byPhone && !touches(i)) {
			return;
		}
		Instant created = byPhone ? ended(i) : this.now.minus(Duration.ofMinutes(1 + this.random.nextInt(525_000)));
		Instant startsAt = created.plus(Duration.ofDays(1 + i % 20)).plus(Duration.ofMinutes(i % 480));
		String status = ((byPhone && "CANCELLED".equals(this.outcome[i])) ? "cancelled" : "completed");
		String source = byPhone ? "voice" : ((i % 3 == 0) ? "dashboard" : "api");
		row.append(this.nextAppointment + i).append(',').append(firstPatient + i % 5_000).append(',')
			.append(providers[i % providers.length]).append(',').append(startsAt).append(',')
			.append(startsAt.plusSeconds(1800)).append(',').append(startsAt).append(',')
			.append(startsAt.plusSeconds(1800)).append(',').append(status).append(',').append(source).append(',')
			.append(created).append(',').append(created);
	}

	private void bookingChange(int i, StringBuilder row) {
		boolean byPhone = i < this.calls;
		if (byPhone && !touches(i)) {
			return;
		}
		String kind = byPhone ? this.outcome[i].toLowerCase(java.util.Locale.ROOT) : "booked";
		Instant at = byPhone ? ended(i) : this.now.minus(Duration.ofMinutes(1 + (i * 37L) % 525_000));
		row.append(this.nextAppointment + i).append(',').append(kind).append(',')
			.append(byPhone ? "voice" : ((i % 3 == 0) ? "dashboard" : "api")).append(',')
			.append(at.plus(Duration.ofDays(2))).append(',').append(at);
	}

	private void alert(int i, StringBuilder row) {
		String[] rules = { "breaker-open", "budget-threshold", "database-down", "event-backlog" };
		String rule = rules[i % rules.length];
		Instant started = this.now.minus(Duration.ofHours(1 + (i * 8L) % 8_700));
		row.append(rule).append(":bench-").append(i).append(',').append(rule).append(",{},")
			.append((i % 3 == 0) ? "HIGH" : "MEDIUM").append(",RESOLVED,").append("component-").append(i % 5)
			.append(",Benchmark alert ").append(i).append(',').append(started).append(',')
			.append(started.plusSeconds(300)).append(',').append(started.plusSeconds(600)).append(",1,")
			.append(started.plusSeconds(600)).append(",auto");
	}

	private boolean touches(int call) {
		return "BOOKED".equals(this.outcome[call]) || "RESCHEDULED".equals(this.outcome[call])
				|| "CANCELLED".equals(this.outcome[call]);
	}

	private long appointmentOf(int call) {
		return this.nextAppointment + call;
	}

	private Instant ended(int call) {
		return this.started[call].plusSeconds(this.duration[call]);
	}

	private static String sid(int call) {
		return String.format("CAbench%026d", call);
	}

	private int weighted(int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int pick = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static String copy(CopyManager copy, String table, int rows, Row row) throws SQLException, IOException {
		StringBuilder chunk = new StringBuilder(CHUNK * 200);
		int written = 0;
		for (int start = 0; start < rows; start += CHUNK) {
			chunk.setLength(0);
			for (int i = start; i < Math.min(rows, start + CHUNK); i++) {
				int length = chunk.length();
				row.write(i, chunk);
				if (chunk.length() > length) {
					chunk.append('\n');
					written++;
				}
			}
			copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(chunk.toString()));
		}
		return String.format("%,d %s", written, table.substring(0, table.indexOf(' ')));
	}

	private static long[] providers(Connection db) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT id FROM provider ORDER BY id")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("No providers: start Bella with its demo clinic");
		}
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	private static long max(Connection db, String table) throws SQLException {
		try (Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@FunctionalInterface
	private interface Row {

		/** Writes the row of an index, or nothing to write no row for it. */
		void write(int index, StringBuilder row);

	}

}
