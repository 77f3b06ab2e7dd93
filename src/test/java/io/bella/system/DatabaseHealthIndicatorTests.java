package io.bella.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.DefaultHealthContributorRegistry;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database health check: up only when a write commits, and "down" within its budget
 * when the database does not answer at all.
 */
class DatabaseHealthIndicatorTests {

	private static final Duration BUDGET = Duration.ofMillis(500);

	private final List<AutoCloseable> closeables = new ArrayList<>();

	@TempDir
	Path dataDir;

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
	}

	@Test
	void upWhenTheProbeRowTakesAWrite() throws Exception {
		String url = h2WithProbeTable("");
		assertThat(indicator(url).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aFloodOfChecksOnAHealthyDatabaseAllAnswerUp() throws Exception {
		DatabaseHealthIndicator indicator = indicator(h2WithProbeTable(""));
		ExecutorService strangers = Executors.newFixedThreadPool(50);
		try {
			List<Future<Status>> checks = new ArrayList<>();
			for (int check = 0; check < 200; check++) {
				checks.add(strangers.submit(() -> indicator.health().getStatus()));
			}
			for (Future<Status> check : checks) {
				assertThat(check.get()).isEqualTo(Status.UP);
			}
		}
		finally {
			strangers.shutdownNow();
		}
	}

	@Test
	void downWhenTheDatabaseReadsButCannotWrite() throws Exception {
		String url = h2WithProbeTable(";ACCESS_MODE_DATA=r");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			assertThat(statement.executeQuery("SELECT 1").next()).isTrue();
		}
		assertThat(indicator(url).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void healthzAnswers503WithinTheBudgetWhenTheDatabaseNeverAnswers() throws Exception {
		int port = silentServer();
		DatabaseHealthIndicator indicator = indicator("jdbc:postgresql://127.0.0.1:" + port + "/bella");
		HealthController controller = new HealthController(indicator, new DefaultHealthContributorRegistry(),
				Clock.systemUTC());
		for (int check = 0; check < 3; check++) {
			long started = System.nanoTime();
			ResponseEntity<?> answer = controller.health();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(answer.getStatusCode().value()).isEqualTo(503);
			assertThat(took).isLessThan(BUDGET.plusMillis(400));
		}
	}

	private DatabaseHealthIndicator indicator(String url) {
		DatabaseHealthIndicator indicator = new DatabaseHealthIndicator(url, "sa", "", BUDGET, Clock.systemUTC());
		this.closeables.add(indicator);
		return indicator;
	}

	/**
	 * A file database holding the probe table as the migration creates it, then closed,
	 * so that it can be opened again with other settings.
	 */
	private String h2WithProbeTable(String settings) throws SQLException, IOException {
		String url = "jdbc:h2:file:" + this.dataDir.resolve("bella") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		try (InputStream migration = getClass().getResourceAsStream("/db/migration/common/V90__health_probe.sql");
				Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
		}
		return url + settings;
	}

	/**
	 * A server that accepts connections and never says a word, like a database host whose
	 * database process hangs.
	 */
	private int silentServer() throws IOException {
		ServerSocket server = new ServerSocket(0);
		List<Socket> accepted = new ArrayList<>();
		Thread acceptor = new Thread(() -> {
			try {
				while (!server.isClosed()) {
					accepted.add(server.accept());
				}
			}
			catch (IOException ex) {
				// closed at the end of the test
			}
		});
		acceptor.setDaemon(true);
		acceptor.start();
		this.closeables.add(server);
		return server.getLocalPort();
	}

}
