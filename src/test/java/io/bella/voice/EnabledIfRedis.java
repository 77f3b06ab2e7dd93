package io.bella.voice;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests only against the Redis of {@code REDIS_URL}: CI's
 * {@code .ci/run} sets it; without it they are skipped, and
 * {@link SkippedRedisTestsReport} says so at the end of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RedisCondition.class)
public @interface EnabledIfRedis {

}
