package io.bella.dashboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The dashboard's settings, how staff passwords are hashed, the session cookie behind a
 * TLS-terminating proxy, and links written without a look-up among static resources.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardProperties.class)
class DashboardConfiguration {

	/**
	 * Bcrypt today, in the delegating format ({@code {bcrypt}...}) that names the
	 * algorithm in each hash, so that a stronger one can follow without a migration.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Tomcat marks the session cookie {@code Secure} on requests that reached it over
	 * HTTPS; behind a proxy that ends TLS it sees plain HTTP, so a public URL in
	 * {@code https} marks it {@code Secure} for every request.
	 */
	@Bean
	ServletContextInitializer secureSessionCookie(Environment environment) {
		return (servletContext) -> {
			String publicUrl = environment.getProperty("bella.public-url", "");
			if (publicUrl.regionMatches(true, 0, "https://", 0, 8)) {
				servletContext.getSessionCookieConfig().setSecure(true);
			}
		};
	}

	/**
	 * Boot registers Spring's {@link ResourceUrlEncodingFilter} for Thymeleaf whenever
	 * the resource chain is on, which the WebJars locator turns on; the filter then looks
	 * every link a page writes up among the static resources in the jars (a week of a
	 * busy schedule spent most of its time there). Bella versions no resource URL, so the
	 * filter is registered, and disabled, here instead.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
