package io.bella.voice;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.bella.BellaIntegrationTest;
import io.bella.EmbeddedPostgres;

import org.springframework.test.context.ContextConfiguration;

/**
 * {@link BellaIntegrationTest} with the call sessions in the Redis of {@code REDIS_URL}
 * (CI starts one; without it, locally, these tests are skipped), reached through
 * {@link RelayedRedis}. One cached context for all such test classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EnabledIfRedis
@BellaIntegrationTest
// this replaces the initializers of @BellaIntegrationTest, hence the database again
@ContextConfiguration(initializers = { EmbeddedPostgres.class, RelayedRedis.class })
public @interface RedisIntegrationTest {

}
