package io.bella.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import io.bella.BellaApplication;
import io.bella.booking.Availability;
import io.bella.booking.AvailabilityQuery;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Clinics;
import io.bella.booking.Patients;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.booking.SlotUnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the booking core on a fresh database: bookings per second with concurrent clients
 * (every booking through {@link BookingService}, with its lock, checks and event), overlaps
 * found afterwards, and availability latency for 30 days across all providers once the
 * database holds 100,000 appointments.
 *
 * <pre>
 * bench/booking.sh [--db=postgres|h2] [--clients=8] [--providers=8] [--bookings=4000]
 * </pre>
 */
public final class BookingBenchmark {

	private BookingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String db = option(args, "db", "postgres");
		int clients = Integer.parseInt(option(args, "clients", "8"));
		int providerCount = Integer.parseInt(option(args, "providers", "8"));
		int bookings = Integer.parseInt(option(args, "bookings", "4000"));
		int totalAppointments = Integer.parseInt(option(args, "appointments", "100000"));

		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--bella.api.key=bench",
				"--logging.level.root=warn", "--logging.level.io.bella=warn",
				"--spring.datasource.hikari.maximum-pool-size=" + (clients + 4)));
		EmbeddedPostgres postgres = null;
		Path dataDir = Files.createTempDirectory("bella-bench");
		if (db.equals("postgres")) {
			postgres = EmbeddedPostgres.builder().start();
			arguments.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
			arguments.add("--spring.datasource.username=postgres");
		}
		else {
			arguments.add("--bella.data-dir=" + dataDir);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BellaApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new))) {
			run(context, db, clients, providerCount, bookings, totalAppointments);
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
			deleteRecursively(dataDir);
		}
	}

	private static void run(ConfigurableApplicationContext context, String db, int clients, int providerCount,
			int bookings, int totalAppointments) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		ZoneId zone = context.getBean(Clinics.class).timeZone();
		addProviders(jdbc, providerCount);
		List<Provider> providers = context.getBean(Providers.class).findAll();
		Patients patients = context.getBean(Patients.class);
		List<Long> patientIds = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			patientIds.add(patients.register("Bench Patient " + i, String.format("+1416555%04d", i), null).id());
		}

		// distinct 30-minute slots of every provider over the coming weeks, shuffled, with one in
		// ten asked for twice so that the conflict path is exercised as well
		List<Attempt> attempts = new ArrayList<>();
		LocalDate day = LocalDate.now(zone).plusDays(2);
		while (attempts.size() < bookings) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !isClosed(jdbc, day)) {
				for (Provider provider : providers) {
					for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)); time = time
						.plusMinutes(30)) {
						if (time.getHour() != 12) {
							attempts.add(new Attempt(provider.id(), day.atTime(time).atZone(zone).toInstant()));
						}
					}
				}
			}
			day = day.plusDays(1);
		}
		List<Attempt> workload = new ArrayList<>(attempts.subList(0, bookings));
		Random random = new Random(42);
		for (int i = 0; i < bookings / 10; i++) {
			workload.add(workload.get(random.nextInt(bookings)));
		}
		Collections.shuffle(workload, random);

		BookingService service = context.getBean(BookingService.class);
		warmUp(service, patientIds.get(0), zone);
		ConcurrentLinkedQueue<Attempt> queue = new ConcurrentLinkedQueue<>(workload);
		AtomicLong booked = new AtomicLong();
		AtomicLong taken = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int client = c;
			new Thread(() -> {
				Attempt attempt;
				while ((attempt = queue.poll()) != null) {
					try {
						service.book(new BookingRequest(patientIds.get((int) (attempt.start().getEpochSecond() % 200)),
								attempt.start(), 30, null, attempt.providerId(), "bench client " + client,
								BookingSource.API));
						booked.incrementAndGet();
					}
					catch (SlotUnavailableException ex) {
						taken.incrementAndGet();
					}
					catch (RuntimeException ex) {
						failed.incrementAndGet();
						ex.printStackTrace();
					}
				}
				done.countDown();
			}).start();
		}
		done.await();
		double seconds = (System.nanoTime() - started) / 1e9;
		long overlaps = jdbc.sql("""
				SELECT COUNT(*) FROM appointment a JOIN appointment b
				  ON a.provider_id = b.provider_id AND a.id < b.id
				 AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
				WHERE a.status = 'booked' AND b.status = 'booked'
				""").query(Long.class).single();

		System.out.printf("%nBooking throughput (%s, %d clients, %d providers)%n", db, clients, providers.size());
		System.out.printf("  attempts          %d (%d distinct slots, %d asked for twice)%n", workload.size(), bookings,
				workload.size() - bookings);
		System.out.printf("  booked            %d%n", booked.get());
		System.out.printf("  refused as taken  %d%n", taken.get());
		System.out.printf("  errors            %d%n", failed.get());
		System.out.printf("  elapsed           %.2f s%n", seconds);
		System.out.printf("  bookings/s        %.0f (attempts/s %.0f)%n", booked.get() / seconds,
				workload.size() / seconds);
		System.out.printf("  overlaps found    %d%n", overlaps);

		fillHistory(context.getBean(JdbcTemplate.class), providers, patientIds, zone, totalAppointments);
		long total = jdbc.sql("SELECT COUNT(*) FROM appointment").query(Long.class).single();
		Availability availability = context.getBean(Availability.class);
		LocalDate from = LocalDate.now(zone).plusDays(1);
		for (int i = 0; i < 50; i++) {
			availability.find(new AvailabilityQuery(from, from.plusDays(29), null, 30, null));
		}
		int runs = 300;
		long[] nanos = new long[runs];
		int slots = 0;
		for (int i = 0; i < runs; i++) {
			LocalDate start = from.plusDays(i % 7);
			long t0 = System.nanoTime();
			slots = availability.find(new AvailabilityQuery(start, start.plusDays(29), null, 30, null)).size();
			nanos[i] = System.nanoTime() - t0;
		}
		Arrays.sort(nanos);
		System.out.printf("%nAvailability, 30 days x %d providers, %d appointments in the database (%s)%n",
				providers.size(), total, db);
		System.out.printf("  slots returned    %d%n", slots);
		System.out.printf("  p50               %.2f ms%n", nanos[runs / 2] / 1e6);
		System.out.printf("  p99               %.2f ms%n", nanos[(int) (runs * 0.99)] / 1e6);
		System.out.printf("  max               %.2f ms%n", nanos[runs - 1] / 1e6);
	}

	private static void warmUp(BookingService service, long patient, ZoneId zone) {
		LocalDate saturday = LocalDate.now(zone).plusDays(7).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));
		for (int i = 0; i < 8; i++) {
			Instant start = saturday.plusWeeks(i).atTime(9, 0).atZone(zone).toInstant();
			try {
				service.book(new BookingRequest(patient, start, 30, null, 1L, "warm-up", BookingSource.API));
			}
			catch (RuntimeException ex) {
				// a holiday Saturday; warming up is all that matters here
			}
		}
	}

	private static void addProviders(JdbcClient jdbc, int count) {
		long existing = jdbc.sql("SELECT COUNT(*) FROM provider").query(Long.class).single();
		for (long i = existing + 1; i <= count; i++) {
			jdbc.sql("INSERT INTO provider (clinic_id, name, active) VALUES (1, ?, TRUE)").param("Dr. Bench " + i).update();
			long id = jdbc.sql("SELECT MAX(id) FROM provider").query(Long.class).single();
			for (int dayOfWeek = 1; dayOfWeek <= 5; dayOfWeek++) {
				jdbc.sql("INSERT INTO working_hours (provider_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)")
					.params(id, dayOfWeek, LocalTime.of(9, 0), LocalTime.of(17, 0))
					.update();
				jdbc.sql("INSERT INTO schedule_break (provider_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)")
					.params(id, dayOfWeek, LocalTime.NOON, LocalTime.of(13, 0))
					.update();
			}
		}
	}

	private static boolean isClosed(JdbcClient jdbc, LocalDate day) {
		return jdbc.sql("SELECT COUNT(*) FROM closed_date WHERE closed_on = ?").param(day).query(Long.class).single() > 0;
	}

	/**
	 * Completed visits of past years bring the table to the requested size, as a clinic's
	 * database looks after a few years.
	 */
	private static void fillHistory(JdbcTemplate jdbc, List<Provider> providers, List<Long> patientIds, ZoneId zone,
			int total) {
		Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM appointment", Long.class);
		long missing = total - existing;
		LocalDate day = LocalDate.now(zone).minusDays(1);
		List<Object[]> rows = new ArrayList<>();
		int index = 0;
		while (missing > 0) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				for (Provider provider : providers) {
					for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0))
							&& missing > 0; time = time.plusMinutes(30)) {
						if (time.getHour() == 12) {
							continue;
						}
						OffsetDateTime from = OffsetDateTime.ofInstant(day.atTime(time).atZone(zone).toInstant(),
								ZoneOffset.UTC);
						OffsetDateTime to = from.plusMinutes(30);
						rows.add(new Object[] { patientIds.get(index++ % patientIds.size()), provider.id(), from, to,
								from, to, from, from });
						missing--;
					}
				}
			}
			if (rows.size() >= 5000 || missing == 0) {
				jdbc.batchUpdate("""
						INSERT INTO appointment (patient_id, provider_id, starts_at, ends_at, blocked_from,
						    blocked_to, status, source, created_at, updated_at)
						VALUES (?, ?, ?, ?, ?, ?, 'completed', 'api', ?, ?)
						""", rows);
				rows.clear();
			}
			day = day.minusDays(1);
		}
	}

	private static String option(String[] args, String name, String fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return fallback;
	}

	private static void deleteRecursively(Path path) throws IOException {
		try (var walk = Files.walk(path)) {
			walk.sorted(Collections.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

	private record Attempt(long providerId, Instant start) {
	}

}
