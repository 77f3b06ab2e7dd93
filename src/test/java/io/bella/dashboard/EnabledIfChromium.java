package io.bella.dashboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated browser tests in the Chromium of {@code BELLA_CHROMIUM}, or else
 * {@code /usr/bin/chromium}; CI's {@code .ci/run} installs it and sets the variable. With
 * the variable set, a browser that does not start fails the tests; with neither there,
 * they are skipped, and {@link SkippedBrowserTestsReport} says so at the end of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ChromiumCondition.class)
@interface EnabledIfChromium {

}
