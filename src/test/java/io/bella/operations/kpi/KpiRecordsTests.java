package io.bella.operations.kpi;

import java.time.Instant;

import io.bella.booking.BookingSource;
import io.bella.operations.H2Database;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables behind the business metrics on the embedded default's H2: the migration
 * keeps what the records already hold, and a row is written once however often its event
 * is delivered.
 */
class KpiRecordsTests {

	static final Instant T = Instant.parse("2026-06-01T14:00:00Z");

	final JdbcClient jdbc = JdbcClient.create(H2Database.migrated());

	final KpiCalls calls = new KpiCalls(this.jdbc);

	final BookingChanges changes = new BookingChanges(this.jdbc);

	@Test
	void aCallIsKeptOnceAndReadBackByItsStart() {
		KpiCall call = new KpiCall("CA-kpi-1", T, T.plusSeconds(90), null, "BOOKED", 5, 4, false, false);

		this.calls.add(call, 12L);
		this.calls.add(call, 12L);

		assertThat(this.calls.startedBetween(T, T.plusSeconds(1))).containsExactly(call);
		assertThat(this.calls.startedBetween(T.plusSeconds(1), T.plusSeconds(60))).isEmpty();
	}

	@Test
	void aBookingChangeIsKeptOncePerAppointmentKindAndStart() {
		this.changes.add(7, BookingChange.BOOKED, BookingSource.DASHBOARD, T.plusSeconds(86400), T);
		this.changes.add(7, BookingChange.BOOKED, BookingSource.DASHBOARD, T.plusSeconds(86400), T.plusSeconds(5));
		this.changes.add(7, BookingChange.RESCHEDULED, BookingSource.VOICE, T.plusSeconds(90000), T.plusSeconds(9));

		assertThat(this.changes.between(T, T.plusSeconds(60))).containsExactly(
				new BookingChange("booked", "dashboard", T),
				new BookingChange("rescheduled", "voice", T.plusSeconds(9)));
	}

	@Test
	void callsGoingOnAreReadFromTheCallRecords() {
		this.jdbc.sql("INSERT INTO call_record (call_sid, caller, started_at) VALUES ('CA-open', '+14165550100', ?)")
			.params(KpiCalls.utc(T))
			.update();

		assertThat(this.calls.goingOnSince(T.minusSeconds(60))).containsExactly(T);
		assertThat(this.calls.goingOnSince(T.plusSeconds(1))).isEmpty();
	}

}
