package io.bella.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the database takes a write now, answered within a budget: a real commit to the
 * {@code health_probe} row through a small pool of its own, so that neither a busy main
 * pool nor a database that never answers can hold a health check longer than the budget.
 * Registered as {@code db}, it replaces Boot's {@code SELECT 1} indicator, which could
 * not see writes fail and waited out the main pool's 30-second connection timeout.
 */
class DatabaseHealthIndicator implements HealthIndicator, AutoCloseable {

	// how long one probe's answer serves every check that asks
	static final Duration FRESH = Duration.ofSeconds(1);

	private static final String PROBE = "UPDATE health_probe SET state = 'probed', probed_at = ? WHERE id = 1";

	private final HikariDataSource dataSource;

	private final Duration budget;

	private final Clock clock;

	private final ThreadPoolExecutor probes;

	private final AtomicReference<Probe> current = new AtomicReference<>();

	DatabaseHealthIndicator(String url, String username, String password, Duration budget, Clock clock) {
		this.dataSource = new HikariDataSource(poolConfig(url, username, password, budget));
		this.budget = budget;
		this.clock = clock;
		// two probes at most at a time, and a short queue: when the database hangs,
		// checks
		// answer "down" at their deadline instead of piling up threads
		this.probes = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), (task) -> {
			Thread thread = new Thread(task, "db-health");
			thread.setDaemon(true);
			return thread;
		});
		this.probes.allowCoreThreadTimeOut(true);
	}

	@Override
	public Health health() {
		Probe probe = currentProbe();
		try {
			return probe.result().get(this.budget.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "no answer within " + this.budget.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return Health.down().withDetail("error", ex.getCause().getClass().getName()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", "interrupted").build();
		}
	}

	/**
	 * The probe a check waits for: the one started less than {@link #FRESH} ago, or a new
	 * one. Health is open to anyone, so however often it is asked, the database takes at
	 * most one probe write a second and a flood of checks cannot make a healthy instance
	 * report down for want of probe threads.
	 */
	private Probe currentProbe() {
		long now = System.nanoTime();
		Probe probe = this.current.get();
		if (probe != null && now - probe.startedNanos() < FRESH.toNanos()) {
			return probe;
		}
		Probe fresh = new Probe(now, new CompletableFuture<>());
		if (!this.current.compareAndSet(probe, fresh)) {
			return this.current.get();
		}
		try {
			this.probes.execute(() -> {
				try {
					fresh.result().complete(probe());
				}
				catch (SQLException | RuntimeException ex) {
					fresh.result().completeExceptionally(ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			fresh.result()
				.complete(
						Health.down().withDetail("error", "earlier checks are still waiting for the database").build());
		}
		return fresh;
	}

	private Health probe() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement update = connection.prepareStatement(PROBE)) {
			update.setQueryTimeout(seconds(this.budget));
			update.setTimestamp(1, Timestamp.from(this.clock.instant()));
			if (update.executeUpdate() != 1) {
				return Health.down().withDetail("error", "the health_probe row is missing").build();
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
		}
	}

	@Override
	public void close() {
		this.probes.shutdownNow();
		this.dataSource.close();
	}

	private static HikariConfig poolConfig(String url, String username, String password, Duration budget) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("bella-health");
		config.setJdbcUrl(url);
		config.setUsername(username);
		config.setPassword(password);
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(0);
		config.setAutoCommit(true);
		config.setConnectionTimeout(Math.max(250, budget.toMillis()));
		config.setValidationTimeout(250);
		// start even when the database is down: reporting that is this pool's job
		config.setInitializationFailTimeout(-1);
		if (url.startsWith("jdbc:postgresql:")) {
			// the driver's own timeouts end a probe stuck on a server that accepted the
			// connection and went silent, so that its thread is freed too
			config.addDataSourceProperty("connectTimeout", seconds(budget) + 1);
			config.addDataSourceProperty("socketTimeout", seconds(budget) + 1);
		}
		return config;
	}

	private static int seconds(Duration duration) {
		return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
	}

	private record Probe(long startedNanos, CompletableFuture<Health> result) {
	}

}
