package io.bella;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole service as {@link BellaIntegrationTest} sets it up, but on the embedded
 * default database (H2 in PostgreSQL mode, in memory here): for the tests of that default
 * itself, which share this one context and its database.
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
				// the embedded default's settings, with a longer lock wait for
				// fifty callers racing for one slot on a busy machine
				"spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
						+ ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=" })
@Import(TestClockConfiguration.class)
public @interface EmbeddedDefaultIntegrationTest {

}
