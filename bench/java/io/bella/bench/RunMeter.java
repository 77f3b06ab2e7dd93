package io.bella.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Measures a benchmark run from the outside, sampling twice a second: the connections
 * PostgreSQL holds for the benchmark's database ({@code pg_stat_activity}), the CPU time of
 * the Bella processes, of the PostgreSQL backends serving them and of the benchmark itself,
 * and how busy the machine's cores were ({@code /proc/stat}).
 */
final class RunMeter implements AutoCloseable {

	private final ScratchDatabase database;

	private final List<BellaProcess> bellas;

	private final Map<Long, Duration> backendsAtStart = new ConcurrentHashMap<>();

	private final Map<Long, Duration> backends = new ConcurrentHashMap<>();

	private final Duration bellaCpuAtStart;

	private final Duration ownCpuAtStart;

	private final long[] machineAtStart;

	private final long started = System.nanoTime();

	private final Thread sampler;

	private volatile int maxConnections;

	private volatile int maxActive;

	private volatile boolean running = true;

	// when each sample was taken and the machine's busy and total jiffies then
	private final List<long[]> machineSamples = new CopyOnWriteArrayList<>();

	private RunMeter(ScratchDatabase database, List<BellaProcess> bellas) {
		this.database = database;
		this.bellas = bellas;
		this.bellaCpuAtStart = bellaCpu();
		this.ownCpuAtStart = ownCpu();
		this.machineAtStart = machine();
		this.sampler = new Thread(this::sample, "run-meter");
	}

	static RunMeter start(ScratchDatabase database, List<BellaProcess> bellas) throws SQLException {
		RunMeter meter = new RunMeter(database, bellas);
		try (Connection db = database.connect()) {
			meter.sampleOnce(db, meter.backendsAtStart);
		}
		meter.sampler.setDaemon(true);
		meter.sampler.start();
		return meter;
	}

	private void sample() {
		try (Connection db = this.database.connect()) {
			while (this.running) {
				sampleOnce(db, this.backends);
				long[] machine = machine();
				this.machineSamples.add(new long[] { System.nanoTime(), machine[0], machine[1] });
				TimeUnit.MILLISECONDS.sleep(500);
			}
		}
		catch (SQLException ex) {
			System.out.println("  (the run meter lost its connection: " + ex.getMessage() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void sampleOnce(Connection db, Map<Long, Duration> cpuByBackend) throws SQLException {
		int connections = 0;
		int active = 0;
		// the meter's own connection is not Bella's
		try (PreparedStatement statement = db.prepareStatement(
				"SELECT pid, state FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
			statement.setString(1, this.database.name());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					connections++;
					active += "active".equals(rs.getString("state")) ? 1 : 0;
					long pid = rs.getLong("pid");
					ProcessHandle.of(pid)
						.flatMap((backend) -> backend.info().totalCpuDuration())
						.ifPresent((cpu) -> cpuByBackend.put(pid, cpu));
				}
			}
		}
		this.maxConnections = Math.max(this.maxConnections, connections);
		this.maxActive = Math.max(this.maxActive, active);
	}

	/**
	 * Stops sampling and tells what was used since the start.
	 */
	Usage stop() throws InterruptedException {
		this.running = false;
		this.sampler.join(5000);
		double wall = (System.nanoTime() - this.started) / 1e9;
		long[] machine = machine();
		Duration postgres = Duration.ZERO;
		for (Map.Entry<Long, Duration> backend : this.backends.entrySet()) {
			postgres = postgres.plus(backend.getValue()
				.minus(this.backendsAtStart.getOrDefault(backend.getKey(), Duration.ZERO)));
		}
		double machineBusy = (machine[1] - this.machineAtStart[1] == 0) ? Double.NaN
				: (double) (machine[0] - this.machineAtStart[0]) / (machine[1] - this.machineAtStart[1]);
		return new Usage(wall, this.maxConnections, this.maxActive, seconds(bellaCpu().minus(this.bellaCpuAtStart)),
				seconds(postgres), seconds(ownCpu().minus(this.ownCpuAtStart)), machineBusy, busiestTenSeconds());
	}

	/**
	 * The share of all cores' time that was busy in the busiest ten seconds of the run
	 * (NaN unknown): the average hides the peak of a run whose last calls trail on.
	 */
	private double busiestTenSeconds() {
		double busiest = Double.NaN;
		int end = 0;
		for (int start = 0; start < this.machineSamples.size(); start++) {
			long[] from = this.machineSamples.get(start);
			while (end < this.machineSamples.size()
					&& this.machineSamples.get(end)[0] - from[0] < TimeUnit.SECONDS.toNanos(10)) {
				end++;
			}
			if (end == this.machineSamples.size()) {
				break;
			}
			long[] to = this.machineSamples.get(end);
			if (to[2] > from[2]) {
				double busy = (double) (to[1] - from[1]) / (to[2] - from[2]);
				busiest = Double.isNaN(busiest) ? busy : Math.max(busiest, busy);
			}
		}
		return busiest;
	}

	@Override
	public void close() throws InterruptedException {
		if (this.running) {
			stop();
		}
	}

	private Duration bellaCpu() {
		return this.bellas.stream().map(BellaProcess::cpu).reduce(Duration.ZERO, Duration::plus);
	}

	private static Duration ownCpu() {
		return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** Busy and total jiffies of all cores, from {@code /proc/stat}; zeros elsewhere. */
	private static long[] machine() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long[] values = Arrays.stream(fields, 1, Math.min(fields.length, 9)).mapToLong(Long::parseLong).toArray();
			long total = Arrays.stream(values).sum();
			// idle and iowait
			return new long[] { total - values[3] - values[4], total };
		}
		catch (IOException | RuntimeException ex) {
			return new long[] { 0, 0 };
		}
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/**
	 * What a run used.
	 *
	 * @param wallSeconds how long it ran
	 * @param maxConnections the most connections PostgreSQL held for the database at once
	 * @param maxActive the most of them running a statement at once
	 * @param bellaCpuSeconds CPU time of all Bella processes
	 * @param postgresCpuSeconds CPU time of the PostgreSQL backends serving the database
	 * @param harnessCpuSeconds CPU time of the benchmark (the simulated callers)
	 * @param machineBusy the share of all cores' time that was busy, 0 to 1 (NaN unknown)
	 * @param peakMachineBusy the same in the busiest ten seconds
	 */
	record Usage(double wallSeconds, int maxConnections, int maxActive, double bellaCpuSeconds,
			double postgresCpuSeconds, double harnessCpuSeconds, double machineBusy, double peakMachineBusy) {

		/** Cores' worth of CPU a process group used on average. */
		double cores(double cpuSeconds) {
			return cpuSeconds / this.wallSeconds;
		}

	}

}
