package io.bella.operations.slo;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The SLOs with their configured objectives, read from the counts in the database and the
 * calls' records, and the filter that counts API requests for the error-rate SLO, outside
 * Spring Security so that it sees every answer, the refusals (4xx, good) included; and
 * the conventions that let {@code /actuator/prometheus} pass {@code promtool}.
 */
@Configuration(proxyBeanMethods = false)
class SloConfiguration {

	@Bean
	PrometheusConventions prometheusConventions() {
		return new PrometheusConventions();
	}

	@Bean
	Slos slos(SloProperties properties, SloRollups rollups, CallSuccesses calls, Clock clock) {
		return new Slos(Slo.all(properties), (slo, from, to) -> Slo.CALL_SUCCESS.equals(slo.name())
				? calls.count(from, to) : rollups.count(slo.name(), from, to), clock);
	}

	@Bean
	FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(SloCounters counters, Clock clock) {
		FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(
				new ApiErrorFilter(counters, clock));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

}
