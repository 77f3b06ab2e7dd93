package io.bella.operations;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database in the embedded default's PostgreSQL mode, migrated as
 * Bella migrates it, for the operations module's plain tests (each call a database of its
 * own).
 */
public final class H2Database {

	private H2Database() {
	}

	public static DataSource migrated() {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:operations-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		return dataSource;
	}

}
