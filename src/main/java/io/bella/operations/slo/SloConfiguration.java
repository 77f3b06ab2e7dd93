package io.bella.operations.slo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.AlertRule;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The SLOs with their configured objectives, read from the counts in the database and the
 * calls' records, and the filter that counts API requests for the error-rate SLO, outside
 * Spring Security so that it sees every answer, the refusals (4xx, good) included; and
 * the conventions that let {@code /actuator/prometheus} pass {@code promtool}; the plain
 * SLO rules ({@code call-success-low}, {@code api-error-rate}).
 */
@Configuration(proxyBeanMethods = false)
class SloConfiguration {

	@Bean
	PrometheusConventions prometheusConventions() {
		return new PrometheusConventions();
	}

	@Bean
	CallSuccess callSuccess(SloProperties properties) {
		return new CallSuccess(properties.askedHandoffs(), properties.answeredMarker());
	}

	@Bean
	Slos slos(SloProperties properties, SloRollups rollups, CallSuccesses calls, Clock clock) {
		return new Slos(Slo.all(properties), new SloData() {

			@Override
			public Counts count(Slo slo, Instant from, Instant to) {
				return Slo.CALL_SUCCESS.equals(slo.name()) ? calls.count(from, to)
						: rollups.count(slo.name(), from, to);
			}

			@Override
			public Map<Duration, Counts> count(Slo slo, Instant end, List<Duration> windows) {
				return Slo.CALL_SUCCESS.equals(slo.name()) ? calls.count(end, windows)
						: rollups.count(slo.name(), end, windows);
			}

		}, clock);
	}

	@Bean
	AlertRule callSuccessLowRule(Slos slos, SloProperties properties) {
		return ShareRule.callSuccessLow(slos, properties);
	}

	@Bean
	AlertRule apiErrorRateRule(Slos slos, SloProperties properties) {
		return ShareRule.apiErrorRate(slos, properties);
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
