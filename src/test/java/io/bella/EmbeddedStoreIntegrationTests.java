package io.bella;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default on a fresh install keeps booking once the pool has replaced the
 * connections that created the schema (as Hikari does every 30 minutes), and its health
 * check says so with a real write.
 */
class EmbeddedStoreIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void freshDatabaseKeepsBookingAfterThePoolRetiresItsConnections() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BellaApplication.class)
			.run("--server.port=0", "--bella.data-dir=" + this.dataDir, "--bella.api.key=store-test")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			ApiClient api = new ApiClient(port, "store-test");
			long patient = api.post("/api/users", """
					{"name":"Emily Roy","phone":"416 555 0123"}""").json().get("id").asLong();
			String[] slots = freeSlots(api);
			assertThat(book(api, patient, slots[0])).isEqualTo(201);

			// what Hikari does at max-lifetime: close the connections, among them the
			// ones
			// that ran the migrations, and open new ones; one at a time, so the database
			// never closes (and re-reads its schema), which this connection stands in for
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			try (Connection meanwhile = DriverManager.getConnection(url, "sa", "")) {
				OffsetDateTime evicted = OffsetDateTime.now();
				context.getBean(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
				// the pool closes them on a thread of its own
				JdbcClient jdbc = context.getBean(JdbcClient.class);
				await().atMost(Duration.ofSeconds(30)).until(() -> sessionsOpenedBefore(jdbc, evicted) == 1);

				assertThat(book(api, patient, slots[1])).isEqualTo(201);
				assertThat(api.get("/healthz").status()).isEqualTo(200);
			}
		}
	}

	private static long sessionsOpenedBefore(JdbcClient jdbc, OffsetDateTime time) {
		return jdbc.sql("SELECT COUNT(*) FROM information_schema.sessions WHERE session_start < ?")
			.param(time)
			.query(Long.class)
			.single();
	}

	private static String[] freeSlots(ApiClient api) {
		String date = LocalDate.now().plusDays(7).toString();
		var slots = api.get("/api/availability/first?appointment_type=1&limit=20&from=" + date + "T00:00:00Z")
			.json()
			.get("slots");
		// two slots hours apart, so that one patient can hold both
		return new String[] { slots.get(0).get("starts_at").asString(),
				slots.get(slots.size() - 1).get("starts_at").asString() };
	}

	private static int book(ApiClient api, long patient, String startsAt) {
		return api.post("/api/appointments", """
				{"user_id":%d,"starts_at":"%s","appointment_type":1}""".formatted(patient, startsAt)).status();
	}

}
