package io.bella.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database from {@code DATABASE_URL}: PostgreSQL when it is set (JDBC or
 * {@code postgres://user:pass@host:port/db} form), otherwise an H2 file database in
 * {@code BELLA_DATA_DIR}, so that a first run needs no setup.
 */
class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "bellaDatabase";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		Map<String, Object> properties = datasourceProperties(environment.getProperty("DATABASE_URL"),
				environment.getProperty("bella.data-dir", environment.getProperty("BELLA_DATA_DIR", "./data")));
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, properties));
	}

	static Map<String, Object> datasourceProperties(String databaseUrl, String dataDir) {
		Map<String, Object> properties = new HashMap<>();
		if (!StringUtils.hasText(databaseUrl)) {
			Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("bella");
			// WRITE_DELAY=0: H2 writes each commit to the file before the commit returns
			// (by
			// default a background thread does so up to a second later), so a booking
			// answered 201 survives a killed process (docs/operations.md)
			properties.put("spring.datasource.url", "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
					+ ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
			return properties;
		}
		if (databaseUrl.startsWith("jdbc:")) {
			properties.put("spring.datasource.url", databaseUrl);
			return properties;
		}
		if (!databaseUrl.startsWith("postgres://") && !databaseUrl.startsWith("postgresql://")) {
			throw new IllegalArgumentException(
					"DATABASE_URL must start with jdbc:, postgres:// or postgresql:// (for example postgres://user:pass@host:5432/bella)");
		}
		URI uri = URI.create(databaseUrl);
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

}
