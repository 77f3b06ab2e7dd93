package io.bella.operations.slo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests only with the {@code promtool} binary that {@code PROMTOOL}
 * names: CI's {@code .ci/run} installs it and sets the variable; without it they are
 * skipped, and {@link SkippedPromtoolTestsReport} says so at the end of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PromtoolCondition.class)
@interface EnabledIfPromtool {

}
