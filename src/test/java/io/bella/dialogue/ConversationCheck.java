package io.bella.dialogue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.bella.booking.PatientNames;
import io.bella.dialogue.CallerGoal.Kind;
import io.bella.dialogue.CallerGoal.Want;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks in the database whether a scripted caller got what it called for, and whether
 * the call left anything it did not want: a duplicate or unwanted booking, a booking of a
 * time it refused, a move or a cancellation of the wrong appointment, two booked
 * appointments of one patient at once.
 */
final class ConversationCheck {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	ConversationCheck(JdbcClient jdbc, ZoneId zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/**
	 * The caller's appointments, those booked before the call by the id they had.
	 */
	List<Row> appointments(String phone) {
		return this.jdbc
			.sql("SELECT a.id, a.patient_id, a.starts_at, a.ends_at, a.status, t.name AS type, p.name AS patient "
					+ "FROM appointment a JOIN patient p ON p.id = a.patient_id "
					+ "LEFT JOIN appointment_type t ON t.id = a.appointment_type_id WHERE p.phone = ? ORDER BY a.id")
			.param(phone)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("patient_id"),
					local(rs.getObject("starts_at", OffsetDateTime.class)),
					local(rs.getObject("ends_at", OffsetDateTime.class)), rs.getString("status"), rs.getString("type"),
					rs.getString("patient")))
			.list();
	}

	/**
	 * Whether the goal was met, and what went wrong if anything did.
	 * @param seeded the appointments on file before the call, by id, in the order of
	 * {@link CallerGoal#onFile()}
	 * @param ended how the call ended
	 */
	Verdict check(ScriptedCaller caller, Map<Long, Integer> seeded, Reply.Action ended) {
		CallerGoal goal = caller.goal();
		List<Row> rows = appointments(goal.phone());
		List<Row> fresh = rows.stream().filter((row) -> !seeded.containsKey(row.id()) && row.booked()).toList();
		String wrong = overlapping(rows);
		Set<LocalDateTime> refused = caller.refused();
		for (Row row : fresh) {
			if (wrong == null && refused.contains(row.startsAt())) {
				wrong = "booked " + row.startsAt() + ", which the caller refused";
			}
		}
		Row target = null;
		for (Row row : rows) {
			Integer index = seeded.get(row.id());
			if (index == null) {
				continue;
			}
			if (index == goal.target()) {
				target = row;
			}
			else if (wrong == null && (!row.booked() || !row.startsAt().equals(goal.onFile().get(index).startsAt()))) {
				wrong = "changed the " + row.type() + " the caller did not ask about";
			}
		}
		boolean success;
		if (goal.kind() == Kind.MOVE || goal.kind() == Kind.MOVE_OF_TWO || goal.kind() == Kind.CANCEL) {
			boolean cancel = goal.kind() == Kind.CANCEL;
			if (wrong == null && !fresh.isEmpty()) {
				wrong = "booked a new " + fresh.get(0).type() + " at " + fresh.get(0).startsAt() + " instead of "
						+ (cancel ? "cancelling" : "moving");
			}
			boolean moved = target.booked() && !target.startsAt().equals(goal.onFile().get(goal.target()).startsAt());
			if (wrong == null && cancel && moved) {
				wrong = "moved the appointment the caller wanted cancelled";
			}
			if (wrong == null && !cancel && !target.booked()) {
				wrong = "cancelled the appointment the caller wanted moved";
			}
			if (wrong == null && !cancel && moved && !goal.want().accepts(target.startsAt())) {
				wrong = "moved it to " + target.startsAt() + ", which the caller did not want";
			}
			success = cancel ? !target.booked() : moved && goal.want().accepts(target.startsAt());
		}
		else if (goal.books()) {
			Want want = goal.finalWant();
			if (wrong == null && fresh.size() > 1) {
				wrong = fresh.size() + " bookings left behind: " + fresh.stream().map(Row::startsAt).toList();
			}
			if (wrong == null && fresh.size() == 1 && !want.accepts(fresh.get(0).startsAt())) {
				wrong = "booked " + fresh.get(0).startsAt() + ", which the caller did not want";
			}
			success = fresh.size() == 1 && want.accepts(fresh.get(0).startsAt())
					&& goal.type().equals(fresh.get(0).type())
					&& (goal.known() || PatientNames.same(goal.name(), fresh.get(0).patient()))
					&& (goal.question() == null || caller.questionAnswered());
		}
		else {
			if (wrong == null && !fresh.isEmpty()) {
				wrong = "booked " + fresh.get(0).startsAt() + " for a caller who wanted no booking";
			}
			Reply.Action wanted = (goal.closed()) ? Reply.Action.TAKE_MESSAGE : Reply.Action.TRANSFER;
			success = ended == wanted;
		}
		return new Verdict(success && wrong == null, wrong, rows);
	}

	/** Two booked appointments of one patient at once, if there are. */
	static String overlapping(List<Row> rows) {
		List<Row> booked = rows.stream().filter(Row::booked).toList();
		for (int i = 0; i < booked.size(); i++) {
			for (int j = i + 1; j < booked.size(); j++) {
				Row a = booked.get(i);
				Row b = booked.get(j);
				if (a.patientId() == b.patientId() && a.startsAt().isBefore(b.endsAt())
						&& b.startsAt().isBefore(a.endsAt())) {
					return "two booked appointments at once: " + a.startsAt() + " and " + b.startsAt();
				}
			}
		}
		return null;
	}

	private LocalDateTime local(OffsetDateTime at) {
		return at.atZoneSameInstant(this.zone).toLocalDateTime();
	}

	/**
	 * One appointment of the caller's, in the clinic's time, with its patient's id and
	 * name.
	 */
	record Row(long id, long patientId, LocalDateTime startsAt, LocalDateTime endsAt, String status, String type,
			String patient) {

		boolean booked() {
			return "booked".equals(this.status);
		}

	}

	/**
	 * The outcome of one call.
	 *
	 * @param success whether the caller got what it called for, and nothing else
	 * @param wrong what the call left that the caller did not want, or {@code null}
	 * @param rows the caller's appointments after the call
	 */
	record Verdict(boolean success, String wrong, List<Row> rows) {
	}

}
