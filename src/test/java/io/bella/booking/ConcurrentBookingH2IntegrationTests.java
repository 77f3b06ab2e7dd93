package io.bella.booking;

import io.bella.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The no-overlap guarantee on the embedded default database (H2).
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:concurrent;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000")
@Import(TestClockConfiguration.class)
class ConcurrentBookingH2IntegrationTests extends ConcurrentBookingTestSupport {

}
