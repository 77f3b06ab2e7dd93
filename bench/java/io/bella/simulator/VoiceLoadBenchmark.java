package io.bella.simulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.bella.EmbeddedPostgres;
import io.bella.simulator.CallSimulator.Transcript;

import static io.bella.simulator.LoadFigures.count;
import static io.bella.simulator.LoadFigures.percentile;
import static io.bella.simulator.LoadFigures.serverLatencies;

/**
 * The voice load benchmark: many simulated callers at once, each completing a booking
 * conversation against one Bella instance on PostgreSQL with the rule engine. It reports
 * completed and failed calls, turns per second, Bella's own latency per turn (p50, p99,
 * from the {@code latency_ms} Bella records for every turn: webhook received to TwiML
 * ready) next to the client's round trip, and the double bookings found in the database
 * afterwards.
 * <p>
 * Without {@code BELLA_URL} it starts an embedded PostgreSQL (or uses
 * {@code DATABASE_URL}) and Bella in a child JVM with {@code -Xmx512m}. Settings (system
 * properties): {@code callers} (200), {@code thinkMillis} (mean time between Bella's answer
 * and the caller's next webhook, 3000: Bella speaking, the caller answering, Twilio's speech
 * recognition), {@code rampMillis} (the calls arrive within it, 2000), {@code heap} (512m),
 * {@code warmUpCalls} (calls placed before measuring, 100; 0 measures a just-started
 * instance as soon as it reports ready), {@code benchmark.report} (a file to write the
 * report to).
 */
public final class VoiceLoadBenchmark {

	private static final String AUTH_TOKEN = "voice-load-benchmark";

	private static final String API_KEY = "voice-load-benchmark";

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private VoiceLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int callers = Integer.getInteger("callers", 200);
		int thinkMillis = Integer.getInteger("thinkMillis", 3000);
		int rampMillis = Integer.getInteger("rampMillis", 2000);
		String heap = System.getProperty("heap", "512m");
		String bellaUrl = System.getenv("BELLA_URL");
		String databaseUrl = System.getenv("DATABASE_URL");
		String databaseUser = "postgres";
		Process bella = null;
		try {
			if (bellaUrl == null || bellaUrl.isBlank()) {
				if (databaseUrl == null || databaseUrl.isBlank()) {
					System.out.println("Starting an embedded PostgreSQL ...");
					databaseUrl = EmbeddedPostgres.newDatabase();
				}
				int port = freePort();
				bellaUrl = "http://localhost:" + port;
				System.out.println("Starting Bella (-Xmx" + heap + ", rule engine) on " + bellaUrl + " ...");
				bella = startBella(port, databaseUrl, heap);
				awaitHealthy(bellaUrl, bella);
			}
			else if (databaseUrl == null) {
				throw new IllegalStateException("With BELLA_URL, give DATABASE_URL (jdbc:postgresql://...) too, "
						+ "so that the benchmark can count double bookings");
			}
			String token = (System.getenv("TWILIO_AUTH_TOKEN") != null && bella == null)
					? System.getenv("TWILIO_AUTH_TOKEN") : AUTH_TOKEN;
			warmUp(bellaUrl, token, Integer.getInteger("warmUpCalls", 100));
			String report = run(bellaUrl, token, databaseUrl, databaseUser, callers, thinkMillis, rampMillis, heap,
					bella != null);
			System.out.println(report);
			String file = System.getProperty("benchmark.report");
			if (file != null) {
				Files.writeString(Path.of(file), report);
			}
		}
		finally {
			if (bella != null) {
				bella.destroy();
				bella.waitFor(30, TimeUnit.SECONDS);
			}
		}
		System.exit(failed ? 1 : 0);
	}

	private static volatile boolean failed;

	private static String run(String bellaUrl, String token, String databaseUrl, String user, int callers,
			int thinkMillis, int rampMillis, String heap, boolean launched) throws Exception {
		LocalDate today = LocalDate.now(TORONTO);
		LocalDate firstDay = today.plusDays(2);
		ConcurrentLinkedQueue<Transcript> completed = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> callMillis = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> firstTurnMillis = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> greetings = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Transcript> transcripts = new ConcurrentLinkedQueue<>();
		List<String> callSids = Collections.synchronizedList(new ArrayList<>());
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			int caller = i;
			calls.add(threads.submit(() -> {
				// callers i and i + callers/2 ask for the same time, so that some race for
				// a slot
				BookingCaller booking = BookingCaller.of(caller, callers, firstDay, thinkMillis);
				String from = String.format("+1416%07d", 5550000 + caller);
				CallSimulator simulator = new CallSimulator(URI.create(bellaUrl), token, null);
				String callSid = CallSimulator.newCallSid();
				callSids.add(callSid);
				go.await();
				// calls arrive over the ramp, as calls do, rather than in the same millisecond
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos((long) rampMillis * caller / callers));
				long callStarted = System.nanoTime();
				try {
					Transcript transcript = simulator.call(callSid, from, "+14165550100",
							booking);
					callMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - callStarted));
					transcripts.add(transcript);
					roundTrips.addAll(transcript.latenciesNanos());
					if (!transcript.latenciesNanos().isEmpty()) {
						firstTurnMillis.add(TimeUnit.NANOSECONDS.toMillis(transcript.latenciesNanos().get(0)));
					}
					greetings.add(transcript.said().isEmpty() ? "" : transcript.said().get(0));
					if (transcript.allSaid().contains("You're all set") && transcript.statusCode() == 204) {
						completed.add(transcript);
					}
					else {
						failures.add(callSid + ": " + transcript.allSaid());
					}
				}
				catch (RuntimeException ex) {
					failures.add(callSid + ": " + ex.getMessage());
				}
				return null;
			}));
		}
		long started = System.nanoTime();
		go.countDown();
		for (Future<?> call : calls) {
			call.get();
		}
		Duration wall = Duration.ofNanos(System.nanoTime() - started);
		threads.shutdown();

		List<Long> serverLatencies = new ArrayList<>();
		long doubleBookings;
		long booked;
		try (Connection db = DriverManager.getConnection(databaseUrl, user, "")) {
			serverLatencies.addAll(serverLatencies(db, callSids));
			doubleBookings = count(db, LoadFigures.DOUBLE_BOOKINGS);
			booked = count(db, "SELECT COUNT(*) FROM appointment WHERE status = 'booked' AND source = 'voice'");
		}
		List<Long> clientMillis = roundTrips.stream().map((nanos) -> nanos / 1_000_000).sorted().toList();
		Collections.sort(serverLatencies);
		int turns = serverLatencies.size();
		failed = !failures.isEmpty() || doubleBookings > 0 || completed.size() != callers;
		StringBuilder report = new StringBuilder();
		report.append(String.format(
				"Voice load benchmark: %d concurrent callers arriving within %d ms, think time ~%d ms, %s%n", callers,
				rampMillis, thinkMillis, launched ? "Bella -Xmx" + heap + " on PostgreSQL (embedded) in its own JVM"
						: "Bella at " + bellaUrl));
		report.append(String.format("  machine             %d cores, Java %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		report.append(String.format("  completed calls     %d of %d (appointments booked by voice: %d)%n",
				completed.size(), callers, booked));
		report.append(String.format("  failed calls        %d%n", failures.size()));
		List<Long> firstTurns = firstTurnMillis.stream().sorted().toList();
		report.append(String.format(
				"  first turn          %d greeted, %d apologised, %d told the lines are busy, %d no answer; round trip p50 %d ms, p99 %d ms%n",
				greetings.stream().filter((said) -> said.contains("How can I help")).count(),
				greetings.stream().filter((said) -> said.contains("having trouble")).count(),
				greetings.stream().filter((said) -> said.contains("lines are busy")).count(),
				callers - greetings.size(), percentile(firstTurns, 50),
				percentile(firstTurns, 99)));
		long apologies = transcripts.stream()
			.filter((transcript) -> transcript.said().stream().anyMatch((said) -> said.contains("having trouble")))
			.count();
		report.append(String.format("  calls with an apology %d%n", apologies));
		report.append(String.format("  double bookings     %d%n", doubleBookings));
		report.append(String.format("  wall time           %.1f s%n", wall.toMillis() / 1000.0));
		report.append(String.format("  turns               %d (%.1f turns/s)%n", turns,
				turns / (wall.toMillis() / 1000.0)));
		report.append(String.format("  server latency/turn p50 %d ms, p99 %d ms, max %d ms (Bella's call_turn.latency_ms)%n",
				percentile(serverLatencies, 50), percentile(serverLatencies, 99),
				serverLatencies.isEmpty() ? 0 : serverLatencies.get(serverLatencies.size() - 1)));
		report.append(String.format("  client round trip   p50 %d ms, p99 %d ms (HTTP, measured by the callers)%n",
				percentile(clientMillis, 50), percentile(clientMillis, 99)));
		List<Long> durations = callMillis.stream().sorted().toList();
		report.append(String.format("  call length         p50 %.1f s, max %.1f s (%.1f turns per call)%n",
				percentile(durations, 50) / 1000.0, percentile(durations, 100) / 1000.0,
				(double) turns / Math.max(1, callers)));
		transcripts.stream()
			.max(java.util.Comparator.comparingInt(Transcript::turns))
			.filter((longest) -> longest.turns() > 10)
			.ifPresent((longest) -> {
				report.append("  longest call (" + longest.turns() + " turns):\n");
				for (int i = 0; i < longest.said().size(); i++) {
					report.append("    Bella:  ").append(longest.said().get(i)).append('\n');
					if (i < longest.heard().size()) {
						report.append("    Caller: ").append(longest.heard().get(i)).append('\n');
					}
				}
			});
		failures.stream().limit(5).forEach((failure) -> report.append("  FAILED ").append(failure).append('\n'));
		return report.toString();
	}

	private static Process startBella(int port, String databaseUrl, String heap) throws IOException {
		Path log = Files.createTempFile("bella-voice-load", ".log");
		Path dataDir = Files.createTempDirectory("bella-voice-load");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
		String jvmArgs = System.getProperty("bellaJvmArgs", "");
		if (!jvmArgs.isBlank()) {
			command.addAll(List.of(jvmArgs.trim().split("\\s+")));
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.bella.BellaApplication"));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.put("SERVER_PORT", String.valueOf(port));
		env.put("DATABASE_URL", databaseUrl);
		env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
		// the URL the simulator signs, as Twilio signs the one it was given (production start-up
		// insists on it with DATABASE_URL set)
		env.put("BELLA_PUBLIC_URL", "http://localhost:" + port);
		env.put("BELLA_API_KEY", API_KEY);
		env.put("BELLA_DATA_DIR", dataDir.toString());
		env.put("BELLA_DB_POOL_SIZE", "20");
		env.put("BELLA_EXTRACTION_MODE", "rules");
		env.remove("REDIS_URL");
		env.remove("OPENAI_API_KEY");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		System.out.println("  Bella's log: " + log);
		return builder.start();
	}

	private static void awaitHealthy(String bellaUrl, Process bella) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!bella.isAlive()) {
				throw new IllegalStateException("Bella exited with " + bella.exitValue() + " (see its log)");
			}
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create(bellaUrl + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Bella did not become ready within 2 minutes");
	}

	/**
	 * A few calls before measuring, so that the JIT has seen the code paths.
	 */
	private static void warmUp(String bellaUrl, String token, int warmUpCalls) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(10);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < warmUpCalls; i++) {
			String from = String.format("+1416555%04d", 9000 + i);
			calls.add(threads.submit(() -> new CallSimulator(URI.create(bellaUrl), token, null).call(from,
					"+14165550100", Caller.scripted(List.of("I'd like to book a cleaning next week", "the first one",
							"", "", "")))));
		}
		for (Future<?> call : calls) {
			call.get();
		}
		threads.shutdown();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}


}
