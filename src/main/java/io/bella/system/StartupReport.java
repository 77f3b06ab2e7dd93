package io.bella.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Tells the person who started Bella what they have: where it listens, which database it
 * uses, which integrations are on, where sign-in sessions live, where the API docs are
 * and, once, a generated API key.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;

	private final DataSource dataSource;

	private final ApiKey apiKey;

	StartupReport(Environment environment, DataSource dataSource, ApiKey apiKey) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.apiKey = apiKey;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		int port = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? web.getWebServer().getPort() : this.environment.getProperty("server.port", Integer.class, 8080);
		String base = "http://localhost:" + port;
		List<String> lines = new ArrayList<>();
		lines.add("Bella is ready");
		lines.add("  listening     " + base + "  (health " + base + "/healthz)");
		lines.add("  database      " + database());
		lines.add("  API docs      " + base + "/swagger-ui.html  (OpenAPI " + base + "/v3/api-docs)");
		lines.add("  integrations  " + integrations());
		lines.add("  sessions      " + sessions());
		if (this.apiKey.generatedKey() != null) {
			lines.add("  API key       " + this.apiKey.generatedKey()
					+ "  (generated for this run; set BELLA_API_KEY to choose your own)");
		}
		else {
			lines.add("  API key       from BELLA_API_KEY");
		}
		log.info(String.join(System.lineSeparator(), lines));
		if (!this.environment.getProperty("bella.twilio.signature-validation", Boolean.class, true)) {
			log.warn("!!! Twilio signature validation is OFF (BELLA_TWILIO_SIGNATURE_VALIDATION=false). "
					+ "Anyone can post to /twilio/*. Use this only for local development. !!!");
		}
	}

	private String database() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String url = meta.getURL().replaceAll("//[^@/]*@", "//");
			int parameters = url.indexOf(';');
			return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + "  "
					+ ((parameters > 0) ? url.substring(0, parameters) : url);
		}
		catch (SQLException ex) {
			return "unavailable (" + ex.getMessage() + ")";
		}
	}

	private String sessions() {
		return StringUtils.hasText(this.environment.getProperty("bella.redis.url"))
				? "dashboard sign-ins in Redis, shared by every instance"
				: "dashboard sign-ins in this instance's memory (set REDIS_URL to share them between instances)";
	}

	private String integrations() {
		return String.join(", ",
				onOff("twilio-sms", "bella.twilio.account-sid", "bella.twilio.auth-token", "bella.twilio.from-number"),
				onOff("whisper", "bella.whisper.api-key"), onOff("llm", "bella.llm.api-key"),
				onOff("redis", "bella.redis.url"));
	}

	private String onOff(String name, String... required) {
		for (String property : required) {
			if (!StringUtils.hasText(this.environment.getProperty(property))) {
				return name + " off";
			}
		}
		return name + " on";
	}

}
