package io.bella.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many callers booking the same slot at the same moment: exactly one wins, the rest are
 * told the slot is taken, and no two booked appointments of a provider overlap
 * afterwards. One patient booked with many providers at once is booked once.
 */
abstract class ConcurrentBookingTestSupport {

	static final int CONTENDERS = 50;

	/** Tuesday in {@link java.time.DayOfWeek} numbering, as working_hours has it. */
	private static final int TUESDAY = 2;

	@Autowired
	BookingService bookings;

	@Autowired
	Patients patients;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CacheManager caches;

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

	@Test
	void concurrentBookingsOfOnePatientWithDifferentProvidersHaveExactlyOneWinner() throws Exception {
		Instant slot = nextTuesdayTen();
		long patient = this.patientIds.get(0);
		List<Long> providers = addProviders(providersRacingForOnePatient());
		try {
			List<Outcome> outcomes = race(providers, (provider) -> this.bookings
				.book(new BookingRequest(patient, slot, 30, null, provider, null, BookingSource.API)));

			assertThat(outcomes).filteredOn(Outcome.BOOKED::equals).hasSize(1);
			assertThat(outcomes).filteredOn(Outcome.PATIENT_BUSY::equals).hasSize(providers.size() - 1);
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM appointment WHERE patient_id = ? AND status = 'booked'")
				.param(patient)
				.query(Long.class)
				.single()).isOne();
			assertNoOverlaps();
		}
		finally {
			removeProviders(providers);
		}
	}

	/**
	 * How many providers, each free at the time, race to see one patient.
	 */
	abstract int providersRacingForOnePatient();

	/**
	 * Providers of the test's own, working Tuesdays 9 to 5, seen by the booking service
	 * at once (the schedules cache is cleared).
	 */
	private List<Long> addProviders(int count) {
		long clinic = this.jdbc.sql("SELECT MIN(id) FROM clinic").query(Long.class).single();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("INSERT INTO provider (clinic_id, name, active) VALUES (?, ?, TRUE)")
				.params(clinic, "Dr. Race " + i)
				.update(keys, "id");
			long id = keys.getKeyAs(Number.class).longValue();
			this.jdbc
				.sql("INSERT INTO working_hours (provider_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)")
				.params(id, TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
				.update();
			ids.add(id);
		}
		clearSchedules();
		return ids;
	}

	/**
	 * The other tests of the context share the database and count the demo clinic's two
	 * providers.
	 */
	private void removeProviders(List<Long> ids) {
		for (long id : ids) {
			this.jdbc.sql("DELETE FROM appointment WHERE provider_id = ?").param(id).update();
			this.jdbc.sql("DELETE FROM working_hours WHERE provider_id = ?").param(id).update();
			this.jdbc.sql("DELETE FROM provider WHERE id = ?").param(id).update();
		}
		clearSchedules();
	}

	private void clearSchedules() {
		this.caches.getCache(BookingCacheConfiguration.SCHEDULES).clear();
	}

	Instant nextTuesdayTen() {
		// each test uses a Tuesday of its own so that tests do not share slots
		// (every test starts without appointments; the Tuesdays come round again within
		// the 90 days ahead a booking may be made)
		LocalDate tuesday = LocalDate.of(2026, 3, 3).plusWeeks(1 + week.getAndIncrement() % 12);
		return tuesday.atTime(10, 0).atZone(BookingServiceIntegrationTests.TORONTO).toInstant();
	}

	private List<Outcome> race(BookingAttempt attempt) throws Exception {
		return race(this.patientIds, attempt);
	}

	/**
	 * Books once for each contender (a patient or a provider), all released at once.
	 */
	private List<Outcome> race(List<Long> contenders, BookingAttempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (long contender : contenders) {
				Callable<Outcome> task = () -> {
					start.await();
					try {
						attempt.book(contender);
						return Outcome.BOOKED;
					}
					catch (SlotUnavailableException ex) {
						return Outcome.TAKEN;
					}
					catch (PatientBusyException ex) {
						return Outcome.PATIENT_BUSY;
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
		for (String party : new String[] { "provider_id", "patient_id" }) {
			long overlaps = this.jdbc.sql("""
					SELECT COUNT(*) FROM appointment a JOIN appointment b
					  ON a.%1$s = b.%1$s AND a.id < b.id
					 AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
					WHERE a.status = 'booked' AND b.status = 'booked'
					""".formatted(party)).query(Long.class).single();
			assertThat(overlaps).as(party).isZero();
		}
	}

	enum Outcome {

		BOOKED, TAKEN, PATIENT_BUSY

	}

	@FunctionalInterface
	interface BookingAttempt {

		Object book(long contender) throws Exception;

	}

}
