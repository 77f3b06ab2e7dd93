package io.bella.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Does a 201 survive a crash? Starts the packaged service on a fresh database, books over
 * HTTP from concurrent clients (a new patient, then an appointment in a free slot),
 * records every appointment id answered 201, kills the JVM with SIGKILL in the middle of
 * the load (after a random 100 to 400 acknowledged bookings), starts it again on the same data and counts the acknowledged ids it finds.
 *
 * <pre>
 * bench/crash.sh [--db=h2|postgres] [--rounds=5] [--clients=8] [--jar=target/bella.jar]
 * </pre>
 */
public final class CrashBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String KEY = "crash-benchmark";

	private final String db;

	private final Path jar;

	private final int clients;

	private final int port;

	private final Path work;

	private final Random random = new Random();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private CrashBenchmark(String db, Path jar, int clients, int port, Path work) {
		this.db = db;
		this.jar = jar;
		this.clients = clients;
		this.port = port;
		this.work = work;
	}

	public static void main(String[] args) throws Exception {
		String db = option(args, "db", "h2");
		int rounds = Integer.parseInt(option(args, "rounds", "5"));
		CrashBenchmark benchmark = new CrashBenchmark(db, Path.of(option(args, "jar", "target/bella.jar")),
				Integer.parseInt(option(args, "clients", "8")), Integer.parseInt(option(args, "port", "8097")),
				Files.createTempDirectory("bella-crash"));
		System.out.printf("Crash benchmark: %s, %s, %d clients, SIGKILL after 100-400 bookings%n", db,
				benchmark.jar.getFileName(), benchmark.clients);
		int acknowledged = 0;
		int found = 0;
		for (int round = 1; round <= rounds; round++) {
			int[] result = benchmark.round(round);
			acknowledged += result[0];
			found += result[1];
			System.out.printf("round %d: acknowledged %d, found after restart %d, lost %d%n", round, result[0],
					result[1], result[0] - result[1]);
		}
		System.out.printf("total: acknowledged %d, found %d, lost %d%n", acknowledged, found, acknowledged - found);
	}

	private int[] round(int round) throws Exception {
		Map<String, String> env = freshDatabase(round);
		Process first = start(env, this.work.resolve("round-" + round + "-first.log"));
		List<Slot> slots = freeSlots();
		Queue<Slot> queue = new ConcurrentLinkedQueue<>(slots);
		Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicInteger phone = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < this.clients; i++) {
			Thread thread = new Thread(() -> book(queue, acknowledged, phone));
			thread.start();
			threads.add(thread);
		}
		// kill at a random point once bookings flow (however slowly this machine starts)
		int target = 100 + this.random.nextInt(300);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (acknowledged.size() < target && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		first.destroyForcibly();
		first.waitFor();
		for (Thread thread : threads) {
			thread.join();
		}
		List<Long> ids = List.copyOf(acknowledged);
		Process second = start(env, this.work.resolve("round-" + round + "-second.log"));
		int found = 0;
		for (long id : ids) {
			found += (get("/api/appointments/" + id).statusCode() == 200) ? 1 : 0;
		}
		second.destroy();
		second.waitFor();
		return new int[] { ids.size(), found };
	}

	private void book(Queue<Slot> slots, Queue<Long> acknowledged, AtomicInteger phone) {
		Slot slot;
		while ((slot = slots.poll()) != null) {
			try {
				HttpResponse<String> user = post("/api/users", """
						{"name":"Crash Test","phone":"+1416555%04d"}""".formatted(phone.incrementAndGet() % 10000));
				if (user.statusCode() != 201) {
					continue;
				}
				long userId = JSON.readTree(user.body()).get("id").asLong();
				HttpResponse<String> booked = post("/api/appointments", """
						{"user_id":%d,"provider_id":%d,"starts_at":"%s","duration_min":15}"""
					.formatted(userId, slot.providerId(), slot.startsAt()));
				if (booked.statusCode() == 201) {
					acknowledged.add(JSON.readTree(booked.body()).get("id").asLong());
				}
			}
			catch (IOException ex) {
				// the service was killed: whatever was not answered was not acknowledged
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Free 15-minute slots of every provider over the coming weeks, shuffled so that the
	 * clients rarely compete for one.
	 */
	private List<Slot> freeSlots() throws IOException, InterruptedException {
		List<Slot> slots = new ArrayList<>();
		LocalDate today = LocalDate.now();
		for (int day = 1; day <= 80; day++) {
			JsonNode body = JSON.readTree(get("/api/availability?duration_min=15&date=" + today.plusDays(day)).body());
			for (JsonNode slot : body.get("slots")) {
				slots.add(new Slot(slot.get("provider_id").asLong(), slot.get("starts_at").asString()));
			}
		}
		Collections.shuffle(slots, this.random);
		return slots;
	}

	private Map<String, String> freshDatabase(int round) throws SQLException, IOException {
		if (this.db.equals("postgres")) {
			return Map.of("DATABASE_URL", ScratchDatabase.create("bella_crash").databaseUrl());
		}
		return Map.of("BELLA_DATA_DIR", Files.createDirectories(this.work.resolve("data-" + round)).toString());
	}

	private Process start(Map<String, String> env, Path log) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-jar", this.jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("DATABASE_URL");
		builder.environment().putAll(env);
		builder.environment().put("SERVER_PORT", String.valueOf(this.port));
		builder.environment().put("BELLA_API_KEY", KEY);
		builder.environment().put("BELLA_DEMO_ENABLED", "true");
		Process process = builder.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (get("/healthz").statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("Bella exited during start-up, see " + log);
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("Bella did not start within 8 minutes, see " + log);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return this.http.send(
				request(path).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-API-Key", KEY);
	}

	private static String option(String[] args, String name, String fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return fallback;
	}

	private record Slot(long providerId, String startsAt) {
	}

}
