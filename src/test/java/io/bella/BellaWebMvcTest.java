package io.bella;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.bella.system.WebSliceSecurity;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@link WebMvcTest} slice of the given controllers, secured as the whole service is
 * ({@link WebSliceSecurity}, the key of {@link BellaIntegrationTest}) and answering with
 * the same problem details: for the request-validation and status-code matrices of an
 * API, with the services behind it mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(properties = "bella.api.key=" + BellaIntegrationTest.API_KEY,
		// the voice webhooks' advice, which needs the call conductor, applies to their
		// controller only; the dashboard's pages and their advice need its accounts
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "io\\.bella\\.voice\\.TwilioWebhookExceptionHandler", "io\\.bella\\.dashboard\\..*" }))
@Import(WebSliceSecurity.class)
public @interface BellaWebMvcTest {

	/**
	 * The controllers to test.
	 * @return the controllers
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
