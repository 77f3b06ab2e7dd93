package io.bella.system;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Turns a database Bella cannot connect to at start-up (nothing listens, an unknown host,
 * a refused password, a missing database, an embedded database another process holds)
 * into one line saying so and what to check, instead of the chain of beans that needed
 * it. Other database errors (a failed migration) keep Boot's full report.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	// H2's "Database may be already in use"
	private static final int H2_DATABASE_IN_USE = 90020;

	private static final String FIX = "Check that PostgreSQL runs there and lets this user in, and that "
			+ "DATABASE_URL is right (postgres://user:password@host:5432/database); or unset DATABASE_URL to use "
			+ "the embedded database.";

	private final Environment environment;

	DatabaseUnavailableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String url = this.environment.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:h2:")) {
			return inUse(rootFailure, url);
		}
		String why = why(rootFailure);
		if (why == null) {
			return null;
		}
		String fix = why.equals("there is no such database") ? "Create it (createdb), or correct the database "
				+ "name in DATABASE_URL; or unset DATABASE_URL to use the embedded database." : FIX;
		return new FailureAnalysis("No connection to the database at " + location(url) + ": " + why + ".", fix, cause);
	}

	private static FailureAnalysis inUse(Throwable failure, String url) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
				String file = url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db";
				return new FailureAnalysis("The embedded database " + Path.of(file) + " is in use by another process.",
						"Is Bella already running? Stop it, or give this one a directory of its own with "
								+ "BELLA_DATA_DIR.",
						sql);
			}
		}
		return null;
	}

	private static String why(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnknownHostException) {
				return "the host " + cause.getMessage() + " is unknown";
			}
			if (cause instanceof ConnectException) {
				return "nothing answers there (connection refused)";
			}
			if (cause instanceof SocketTimeoutException) {
				return "it did not answer in time";
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("28")) {
					return "it refused the user name or password";
				}
				if (state.equals("3D000")) {
					return "there is no such database";
				}
			}
		}
		return null;
	}

	// where, without the user name, password or options the URL may carry
	static String location(String url) {
		String location = url.replaceAll("//[^/@]*@", "//");
		int options = location.indexOf('?');
		return (options >= 0) ? location.substring(0, options) : location;
	}

}
