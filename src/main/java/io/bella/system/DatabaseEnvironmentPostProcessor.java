package io.bella.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database from {@code DATABASE_URL}: PostgreSQL when it is set (JDBC or
 * {@code postgres://user:pass@host:port/db} form), otherwise an H2 file database in
 * {@code BELLA_DATA_DIR}, so that a first run needs no setup. A {@code DATABASE_URL}
 * Bella cannot use stops the start with one line saying what is wrong with it, never
 * quoting it, since it may hold a password.
 */
class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "bellaDatabase";

	private static final String FIX = "Set DATABASE_URL to postgres://user:password@host:5432/database (or "
			+ "jdbc:postgresql://host:5432/database), or unset it to use the embedded database.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		Map<String, Object> properties;
		try {
			properties = datasourceProperties(environment.getProperty("DATABASE_URL"),
					environment.getProperty("bella.data-dir", environment.getProperty("BELLA_DATA_DIR", "./data")));
		}
		catch (FailureAnalyzedException ex) {
			// logging is not set up yet: raised now, the failure would bypass the
			// one-line
			// report (StartupFailureReporter); the context raises it as its first step
			application.addInitializers((context) -> {
				throw ex;
			});
			return;
		}
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, properties));
	}

	static Map<String, Object> datasourceProperties(String databaseUrl, String dataDir) {
		Map<String, Object> properties = new HashMap<>();
		if (!StringUtils.hasText(databaseUrl)) {
			Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("bella");
			// WRITE_DELAY=0: H2 writes each commit to the file before the commit returns
			// (by
			// default a background thread does so up to a second later), so a booking
			// answered 201 survives a killed process (docs/operations.md).
			// DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the database at
			// SIGTERM, beside Spring's, while requests and listeners still finish during
			// the graceful shutdown; the database closes when the pool closes instead
			properties.put("spring.datasource.url", "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
					+ ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
			return properties;
		}
		if (databaseUrl.startsWith("jdbc:")) {
			if (!databaseUrl.startsWith("jdbc:postgresql:") && !databaseUrl.startsWith("jdbc:h2:")) {
				throw invalid("DATABASE_URL names a database Bella does not run on (" + scheme(databaseUrl)
						+ "); Bella runs on PostgreSQL.");
			}
			properties.put("spring.datasource.url", databaseUrl);
			return properties;
		}
		if (!databaseUrl.startsWith("postgres://") && !databaseUrl.startsWith("postgresql://")) {
			throw invalid("DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql:, not "
					+ scheme(databaseUrl) + ".");
		}
		URI uri = uri(databaseUrl);
		int port = (uri.getPort() != -1) ? uri.getPort() : 5432;
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		properties.put("spring.datasource.url",
				"jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			String user = (colon >= 0) ? userInfo.substring(0, colon) : userInfo;
			properties.put("spring.datasource.username", URLDecoder.decode(user, StandardCharsets.UTF_8));
			if (colon >= 0) {
				properties.put("spring.datasource.password",
						URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8));
			}
		}
		return properties;
	}

	// what the URL says, never what it holds: the text of the URL may carry a password
	private static URI uri(String databaseUrl) {
		URI uri;
		try {
			uri = new URI(databaseUrl);
		}
		catch (URISyntaxException ex) {
			throw invalid("DATABASE_URL is not a valid URL (" + ex.getReason()
					+ "); characters such as @ # / : in the user name or password must be percent-encoded "
					+ "(@ as %40, # as %23, / as %2F, : as %3A).");
		}
		if (uri.getHost() == null) {
			throw invalid("DATABASE_URL names no host a connection could go to: a host name holds letters, digits, "
					+ "dots and hyphens, and characters such as @ # / : in the user name or password must be "
					+ "percent-encoded (@ as %40, # as %23, / as %2F, : as %3A).");
		}
		if (uri.getRawPath() == null || uri.getRawPath().length() < 2) {
			throw invalid("DATABASE_URL names no database (the path after the host, as in /bella).");
		}
		return uri;
	}

	private static String scheme(String databaseUrl) {
		int colon = databaseUrl.indexOf(':', databaseUrl.startsWith("jdbc:") ? 5 : 0);
		String scheme = (colon > 0) ? databaseUrl.substring(0, colon + 1) : "";
		return scheme.matches("[A-Za-z][A-Za-z0-9+.:-]{0,30}") ? "\"" + scheme + "\"" : "a text without a scheme";
	}

	private static FailureAnalyzedException invalid(String problem) {
		return new FailureAnalyzedException(problem, FIX);
	}

}
