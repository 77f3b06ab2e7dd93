package io.bella.system;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a query's rows one at a time, for exports of any size: inside a read-only
 * transaction with a fetch size, so that PostgreSQL's driver reads through a cursor
 * {@value #FETCH_SIZE} rows at a time instead of holding the whole result in memory.
 */
@Component
public class RowStreams {

	/** The rows read from the database at a time. */
	public static final int FETCH_SIZE = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	public RowStreams(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Runs the query and hands each row to the handler as it is read.
	 */
	public void query(String sql, List<?> params, RowCallbackHandler rows) {
		this.readOnly.executeWithoutResult((status) -> this.jdbc.query(sql, rows, params.toArray()));
	}

}
