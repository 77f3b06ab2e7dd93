package io.bella.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Forwarded headers, believed from the configured proxies only, before any other filter
 * reads the request URL or the client address.
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(ProxyProperties properties) {
		FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
				new TrustedProxyFilter(TrustedProxies.of(properties.trustedProxies())));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
