package io.bella;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The context's data source, made to fail as a database does when a test says so: it
 * refuses connections ({@link #down()}), or stops answering ({@link #hang()}) as a pool
 * does when the server accepts connections and never replies, until the test lets it
 * answer again or times the wait out. Until then it is the pool itself. A test that makes
 * it fail brings it back ({@link #up()}) after each test.
 */
public class FailingDataSource extends DelegatingDataSource {

	private volatile boolean down;

	private volatile CountDownLatch hung = new CountDownLatch(0);

	private volatile CountDownLatch timedOut;

	FailingDataSource(DataSource target) {
		super(target);
	}

	/** Connections are refused at once, as by a database that is down. */
	public void down() {
		this.down = true;
	}

	/** Asking for a connection waits, until {@link #up()} or {@link #timeOut()}. */
	public void hang() {
		this.hung = new CountDownLatch(1);
	}

	/** The waits end as the pool's would after its connection timeout: in failure. */
	public void timeOut() {
		this.timedOut = this.hung;
		this.hung.countDown();
	}

	/** The database answers again, and the waits end with a connection. */
	public void up() {
		this.down = false;
		this.hung.countDown();
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (this.down) {
			throw new SQLException("Connection refused (the test switched the database off)");
		}
		CountDownLatch latch = this.hung;
		if (latch.getCount() > 0) {
			try {
				latch.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (this.timedOut == latch) {
				throw new SQLException("Connection is not available, request timed out (the test's database)");
			}
		}
		return super.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

	/**
	 * Puts the failing data source in front of the context's pool.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Installer {

		@Bean
		static BeanPostProcessor failingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource && !(bean instanceof FailingDataSource))
							? new FailingDataSource(dataSource) : bean;
				}
			};
		}

	}

}
