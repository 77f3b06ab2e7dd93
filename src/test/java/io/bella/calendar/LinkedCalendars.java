package io.bella.calendar;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Waits for the imports that linking a provider's Google calendar starts after its
 * commit, so that a test's own stubs, reads and rows do not race them.
 */
public final class LinkedCalendars {

	private LinkedCalendars() {
	}

	/**
	 * Returns once every import started by a link has ended, imported or not.
	 */
	public static void awaitImports(JdbcClient jdbc) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id = ? AND completion_date IS NULL")
				.param(LinkedCalendarImport.LISTENER)
				.query(Long.class)
				.single() == 0);
	}

}
