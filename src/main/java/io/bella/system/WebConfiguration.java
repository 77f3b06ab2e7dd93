package io.bella.system;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import tools.jackson.databind.json.JsonMapper;

/**
 * Web-wide settings: the API key, its filter and the clock everything reads the time
 * from.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	ApiKey apiKey(ApiProperties properties) {
		return ApiKey.from(properties);
	}

	@Bean
	FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKey apiKey, JsonMapper jsonMapper) {
		FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(
				new ApiKeyFilter(apiKey, jsonMapper));
		registration.addUrlPatterns("/api/*", "/actuator/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
