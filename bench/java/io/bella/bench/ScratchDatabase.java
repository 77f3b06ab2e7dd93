package io.bella.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database on the machine's PostgreSQL (127.0.0.1:5432, user {@code postgres},
 * trust authentication), dropped and created again for every run of a benchmark.
 *
 * @param name the database's name
 */
record ScratchDatabase(String name) {

	private static final String ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";

	static final String USER = "postgres";

	/**
	 * Drops the database if it exists (with its connections) and creates it empty.
	 */
	static ScratchDatabase create(String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(ADMIN, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		return new ScratchDatabase(name);
	}

	/** The {@code DATABASE_URL} Bella is started with. */
	String databaseUrl() {
		return "postgres://" + USER + "@127.0.0.1:5432/" + this.name;
	}

	/** A connection of the benchmark's own, for its checks. */
	Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + this.name, USER, "");
	}

}
