package io.bella.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many callers booking the same slot at the same moment: exactly one wins, the rest are
 * told the slot is taken, and no two booked appointments of a provider overlap
 * afterwards.
 */
abstract class ConcurrentBookingTestSupport {

	static final int CONTENDERS = 50;

	@Autowired
	BookingService bookings;

	@Autowired
	Patients patients;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	final List<Long> patientIds = new ArrayList<>();

	private static final AtomicInteger week = new AtomicInteger();

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		// the database is shared with other tests, whose bookings may fall on the
		// race's Tuesday
		this.jdbc.sql("DELETE FROM appointment").update();
		if (this.patientIds.isEmpty()) {
			for (int i = 0; i < CONTENDERS; i++) {
				this.patientIds
					.add(this.patients.register("Caller " + i, "+1416555" + String.format("%04d", i), null).id());
			}
		}
	}

	@RepeatedTest(3)
	void fiftyConcurrentBookingsOfOneSlotHaveExactlyOneWinner() throws Exception {
		Instant slot = nextTuesdayTen();

		List<Outcome> outcomes = race((patient) -> this.bookings.book(new BookingRequest(patient, slot, 30, null,
				BookingServiceIntegrationTests.NG, null, BookingSource.API)));

		assertThat(outcomes).filteredOn(Outcome.BOOKED::equals).hasSize(1);
		assertThat(outcomes).filteredOn(Outcome.TAKEN::equals).hasSize(CONTENDERS - 1);
		assertNoOverlaps();
	}

	@Test
	void concurrentBookingsWithoutAProviderFillEachProviderOnce() throws Exception {
		Instant slot = nextTuesdayTen();

		List<Outcome> outcomes = race((patient) -> this.bookings
			.book(new BookingRequest(patient, slot, 30, null, null, null, BookingSource.API)));

		assertThat(outcomes).filteredOn(Outcome.BOOKED::equals).hasSize(2);
		assertThat(outcomes).filteredOn(Outcome.TAKEN::equals).hasSize(CONTENDERS - 2);
		assertNoOverlaps();
	}

	@Test
	void concurrentOverlappingBookingsOfDifferentLengthsNeverOverlap() throws Exception {
		Instant slot = nextTuesdayTen();
		List<Outcome> outcomes = race((patient) -> {
			int offset = (int) (patient % 4) * 15;
			return this.bookings.book(new BookingRequest(patient, slot.plusSeconds(offset * 60L), 45, null,
					BookingServiceIntegrationTests.NG, null, BookingSource.API));
		});

		assertThat(outcomes).filteredOn(Outcome.BOOKED::equals).hasSizeBetween(1, 2);
		assertNoOverlaps();
	}

	private Instant nextTuesdayTen() {
		// each test uses a Tuesday of its own so that tests do not share slots
		LocalDate tuesday = LocalDate.of(2026, 3, 3).plusWeeks(week.incrementAndGet());
		return tuesday.atTime(10, 0).atZone(BookingServiceIntegrationTests.TORONTO).toInstant();
	}

	private List<Outcome> race(BookingAttempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (long patient : this.patientIds) {
				Callable<Outcome> task = () -> {
					start.await();
					try {
						attempt.book(patient);
						return Outcome.BOOKED;
					}
					catch (SlotUnavailableException ex) {
						return Outcome.TAKEN;
					}
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	void assertNoOverlaps() {
		long overlaps = this.jdbc.sql("""
				SELECT COUNT(*) FROM appointment a JOIN appointment b
				  ON a.provider_id = b.provider_id AND a.id < b.id
				 AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
				WHERE a.status = 'booked' AND b.status = 'booked'
				""").query(Long.class).single();
		assertThat(overlaps).isZero();
	}

	enum Outcome {

		BOOKED, TAKEN

	}

	@FunctionalInterface
	interface BookingAttempt {

		Object book(long patient) throws Exception;

	}

}
