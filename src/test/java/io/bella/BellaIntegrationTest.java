package io.bella;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port and embedded PostgreSQL, with one fixed set of
 * settings, the {@link MutableClock} and the {@link FailingDataSource}: every test class
 * so annotated (and declaring nothing that changes the context) runs in one cached Spring
 * context and one database.
 * <p>
 * The database is shared and never reset: a test does not assume it empty. It uses phone
 * numbers, call SIDs and times of its own, or clears the tables it needs clear before
 * each test; it sets the clock it depends on. Classes that need other settings (fakes of
 * remote systems, Redis) compose this annotation with theirs and share a context of their
 * own among themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bella.api.key=" + BellaIntegrationTest.API_KEY,
				"bella.twilio.auth-token=" + BellaIntegrationTest.TWILIO_AUTH_TOKEN, "bella.public-url=",
				"bella.redis.url=", "bella.extraction.mode=rules", "bella.voice.warm-up.enabled=false",
				// alert rules are evaluated when a test asks (RuleEvaluation.evaluateAll)
				"bella.operations.alerts.evaluation-interval=1h",
				// the cost ledger's texts and Twilio prices likewise
				// (LedgerJobs.runIfClaimed)
				"bella.operations.cost.jobs.interval=1h",
				// and the retention purge (TextPurge.purge), which would otherwise
				// purge what other classes wrote with old times while they read it
				"bella.operations.retention.first-run-after=24h",
				// incomplete event publications are resubmitted when a test asks
				// (EventResubmission.resubmit)
				"bella.events.resubmit-interval=1h",
				// fifty callers racing for one slot each hold a connection; the pool
				// grows to that only when asked, within the server's connections
				"spring.datasource.hikari.maximum-pool-size=60", "spring.datasource.hikari.minimum-idle=10" })
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@Import({ TestClockConfiguration.class, FailingDataSource.Installer.class })
public @interface BellaIntegrationTest {

	/** The API key clients send in {@code X-API-Key}. */
	String API_KEY = "integration-test-key";

	/** The Twilio auth token webhooks are signed with; no texts are sent. */
	String TWILIO_AUTH_TOKEN = "integration-test-auth-token";

}
