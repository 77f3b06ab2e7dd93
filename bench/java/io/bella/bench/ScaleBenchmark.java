package io.bella.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.bella.bench.RunMeter.Usage;
import io.bella.bench.SimulatedCalls.Call;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.LoadFigures;

/**
 * The scale benchmark: 1, 2 and 3 Bella instances ({@code java -jar}, each {@code -Xmx512m}
 * with its own port and {@code BELLA_INSTANCE_ID}) on this machine against one PostgreSQL
 * (a fresh database {@code bella_scale} per configuration) and one Redis, the same number
 * of concurrent simulated callers for each, every call's turns sent to the instances in
 * turn (no stickiness) with the Twilio signature checked. Per configuration: turns per
 * second, Bella's time per turn and the callers' round trip (p50, p99), calls booked,
 * turned away at the door (all lines busy) and failed mid-call,
 * double bookings, the PostgreSQL connections held and the CPU used by Bella, PostgreSQL
 * and the callers. Exits 1 when a call failed mid-call or a slot was double-booked.
 * <p>
 * Settings (system properties): {@code callers} (500), {@code instances} ({@code 1,2,3}),
 * {@code thinkMillis} (3000), {@code rampMillis} (20000: 25 new calls a second for 500 callers), {@code heap} (512m),
 * {@code pool} (each instance's {@code BELLA_DB_POOL_SIZE}, 20), {@code jar}
 * ({@code target/bella.jar}), {@code redisUrl} ({@code redis://127.0.0.1:6379}),
 * {@code benchmark.report} (a file to write the report to).
 */
public final class ScaleBenchmark {

	static final String TOKEN = "scale-benchmark";

	/** What Twilio was given: every instance checks signatures against it. */
	static final String PUBLIC_URL = "https://bella.benchmark.test";

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int callers = Integer.getInteger("callers", 500);
		int[] configurations = Arrays.stream(System.getProperty("instances", "1,2,3").split(","))
			.map(String::trim)
			.mapToInt(Integer::parseInt)
			.toArray();
		List<Row> rows = new ArrayList<>();
		for (int instances : configurations) {
			rows.add(measure(instances, callers));
		}
		String report = report(rows, callers);
		System.out.println(report);
		String file = System.getProperty("benchmark.report");
		if (file != null) {
			Files.writeString(Path.of(file), report);
		}
		System.exit(rows.stream().allMatch(Row::passed) ? 0 : 1);
	}

	private static Row measure(int instances, int callers) throws Exception {
		System.out.printf("%n%d instance(s), %d callers: a fresh database bella_scale%n", instances, callers);
		ScratchDatabase database = ScratchDatabase.create("bella_scale");
		List<BellaProcess> bellas = new ArrayList<>();
		try {
			// one after the other: the first migrates the database and seeds the clinic
			for (int i = 1; i <= instances; i++) {
				bellas.add(startInstance(database, "scale-" + i, Map.of()));
			}
			LoadBalancer balancer = new LoadBalancer(bellas.stream().map(BellaProcess::url).toList());
			SimulatedCalls calls = new SimulatedCalls(callers, Integer.getInteger("thinkMillis", 3000),
					Integer.getInteger("rampMillis", 20000));
			RunMeter meter = RunMeter.start(database, bellas);
			List<Call> ended = calls
				.run((call) -> new CallSimulator(URI.create(PUBLIC_URL), balancer.route(call), TOKEN, null));
			Usage usage = meter.stop();
			try (Connection db = database.connect()) {
				return Row.of(instances, ended, usage, db);
			}
		}
		finally {
			for (BellaProcess bella : bellas) {
				bella.close();
			}
		}
	}

	/**
	 * Starts one of several instances sharing the database and Redis, behind the public
	 * URL.
	 */
	static BellaProcess startInstance(ScratchDatabase database, String instanceId, Map<String, String> extra)
			throws IOException, InterruptedException {
		Map<String, String> env = new java.util.HashMap<>(Map.of("BELLA_INSTANCE_ID", instanceId, "BELLA_PUBLIC_URL",
				PUBLIC_URL, "REDIS_URL", System.getProperty("redisUrl", "redis://127.0.0.1:6379"),
				"BELLA_DB_POOL_SIZE", System.getProperty("pool", "20"), "BELLA_VOICE_MAX_CALLS",
				System.getProperty("maxCalls", "200")));
		env.putAll(extra);
		return BellaProcess.start(instanceId, Path.of(System.getProperty("jar", "target/bella.jar")),
				database.databaseUrl(), TOKEN, System.getProperty("heap", "512m"), env);
	}

	private static String report(List<Row> rows, int callers) {
		int cores = Runtime.getRuntime().availableProcessors();
		StringBuilder report = new StringBuilder();
		report.append(String.format(
				"Scale benchmark: %d concurrent callers, think time ~%s ms, Bella -Xmx%s per instance (java -jar), "
						+ "pool %s per instance, one PostgreSQL, one Redis, turns round robin, signatures checked; "
						+ "%d cores, Java %s%n",
				callers, System.getProperty("thinkMillis", "3000"), System.getProperty("heap", "512m"),
				System.getProperty("pool", "20"), cores, System.getProperty("java.version")));
		report.append(String.format("%-9s %-18s %-7s %-8s %-17s %-17s %-7s %-13s %-22s %-8s%n", "instances",
				"calls ok/away/fail", "turns", "t/s peak", "server p50/p99 ms", "client p50/p99 ms", "double",
				"pg conns (act)", "cpu cores bella/pg/sim", "machine"));
		for (Row row : rows) {
			report.append(row.line()).append('\n');
		}
		report.append("Where it stops growing:\n");
		Row first = rows.get(0);
		for (Row row : rows) {
			report.append(String.format("  %d instance(s): %.2fx the peak throughput of %d; %s%n", row.instances(),
					row.throughput() / Math.max(0.001, first.throughput()), first.instances(), row.bound(cores)));
		}
		rows.stream()
			.flatMap((row) -> row.failures().stream().limit(3))
			.forEach((failure) -> report.append("  FAILED ").append(failure).append('\n'));
		return report.toString();
	}

	/**
	 * One configuration's figures.
	 */
	record Row(int instances, int completed, int turnedAway, int failed, int turns, long busiestTenSeconds,
			List<Long> server, List<Long> client, long doubleBookings, Usage usage, List<String> failures) {

		static Row of(int instances, Collection<Call> calls, Usage usage, Connection db) throws SQLException {
			int turnedAway = (int) calls.stream().filter(Call::turnedAway).count();
			List<String> failures = calls.stream()
				.filter((call) -> !call.completed() && !call.turnedAway())
				.map(Call::describe)
				.toList();
			List<Long> server = LoadFigures
				.serverLatencies(db, calls.stream().map(Call::callSid).toList())
				.stream()
				.sorted()
				.toList();
			List<Long> client = calls.stream()
				.filter((call) -> call.transcript() != null)
				.flatMap((call) -> call.transcript().latenciesNanos().stream())
				.map((nanos) -> nanos / 1_000_000)
				.sorted()
				.toList();
			return new Row(instances, calls.size() - failures.size() - turnedAway, turnedAway, failures.size(),
					client.size(), LoadFigures.count(db, LoadFigures.TURNS_IN_BUSIEST_TEN_SECONDS), server, client,
					LoadFigures.count(db, LoadFigures.DOUBLE_BOOKINGS), usage, failures);
		}

		boolean passed() {
			return this.failed == 0 && this.doubleBookings == 0;
		}

		/**
		 * Turns per second in the busiest ten seconds: the average over the whole run
		 * would count the minutes a few long calls trail on after the rest ended.
		 */
		double throughput() {
			return this.busiestTenSeconds / 10.0;
		}

		String line() {
			return String.format("%-9d %-18s %-7d %-8.1f %-17s %-17s %-7d %-14s %-22s %-8s", this.instances,
					this.completed + "/" + this.turnedAway + "/" + this.failed, this.turns, throughput(),
					LoadFigures.percentile(this.server, 50) + "/" + LoadFigures.percentile(this.server, 99),
					LoadFigures.percentile(this.client, 50) + "/" + LoadFigures.percentile(this.client, 99),
					this.doubleBookings, this.usage.maxConnections() + " (" + this.usage.maxActive() + ")",
					String.format("%.2f/%.2f/%.2f", this.usage.cores(this.usage.bellaCpuSeconds()),
							this.usage.cores(this.usage.postgresCpuSeconds()),
							this.usage.cores(this.usage.harnessCpuSeconds())),
					Double.isNaN(this.usage.machineBusy()) ? "n/a"
							: String.format("%.0f%% (peak %.0f%%)", 100 * this.usage.machineBusy(),
									100 * this.usage.peakMachineBusy()));
		}

		/**
		 * What limited the run: the cores (the machine was nearly always busy), the
		 * database (its connections all taken while the cores had room) or neither.
		 */
		String bound(int cores) {
			double busy = this.usage.machineBusy();
			double bella = this.usage.cores(this.usage.bellaCpuSeconds());
			double postgres = this.usage.cores(this.usage.postgresCpuSeconds());
			double callers = this.usage.cores(this.usage.harnessCpuSeconds());
			double peak = this.usage.peakMachineBusy();
			String facts = String.format(
					"Bella used %.2f of %d cores on average, PostgreSQL %.2f, the callers %.2f, everything else %.2f; "
							+ "the machine was %.0f%% busy on average and %.0f%% in the busiest ten seconds; "
							+ "PostgreSQL held at most %d connections (%d running a statement), the pools %d (%d per "
							+ "instance, and each instance's health-check pool)",
					bella, cores, postgres, callers, Math.max(0, busy * cores - bella - postgres - callers), 100 * busy,
					100 * peak, this.usage.maxConnections(), this.usage.maxActive(),
					this.instances * Integer.getInteger("pool", 20), Integer.getInteger("pool", 20));
			if (peak >= 0.9) {
				return facts + " -> CPU-bound at the peak: the machine's cores are saturated";
			}
			if (this.usage.maxActive() >= this.instances * Integer.getInteger("pool", 20)) {
				return facts + " -> database-bound: every pooled connection was busy";
			}
			if (this.turnedAway > 0) {
				return facts + " -> bounded by the calls each instance lets in (BELLA_VOICE_MAX_CALLS, "
						+ System.getProperty("maxCalls", "200") + "): more instances let more in";
			}
			return facts + " -> neither CPU nor database saturated: the callers' pace sets the throughput";
		}

	}

}
