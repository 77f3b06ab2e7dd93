package io.bella;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL server per test JVM (zonky's binaries from Maven Central), and a
 * new database for each Spring context initialised with it: test classes that share a
 * cached context share its database, contexts never share one (each runs its own
 * schedulers and event publication registry against it).
 */
public final class EmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger databases = new AtomicInteger();

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

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
	 * Points the context being created at a new database of the embedded server, ahead of
	 * every other property source.
	 */
	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = newDatabase();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
							"spring.datasource.password", "",
							// the server may stop before the cached contexts
							// close: fail fast then
							"spring.datasource.hikari.connection-timeout", "2000")));
	}

}
