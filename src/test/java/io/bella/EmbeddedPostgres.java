package io.bella;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server per test JVM (zonky's binaries from Maven Central), with a
 * fresh database for each test class that asks for one.
 */
public final class EmbeddedPostgres {

	private static final AtomicInteger databases = new AtomicInteger();

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres() {
	}

	public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
					.setServerConfig("max_connections", "300")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is exiting anyway
				}
			}));
		}
		return server;
	}

	/**
	 * Creates a new empty database and returns its JDBC URL.
	 */
	public static String newDatabase() {
		String name = "bella_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	/**
	 * Points a Spring test context at a new database of the embedded server.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		String url = newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		// the server stops in a shutdown hook that may run before the contexts close;
		// fail fast then
		registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
	}

}
