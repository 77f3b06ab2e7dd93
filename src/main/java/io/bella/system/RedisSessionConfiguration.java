package io.bella.system;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The dashboard's sign-in sessions (security context, CSRF token, flash messages) in
 * Redis, so that any instance behind the load balancer serves any signed-in browser.
 * Without {@code REDIS_URL} they stay in the servlet container (one instance only).
 * <p>
 * Each session is one hash under {@value #NAMESPACE}{@code :sessions:<id>}, its values in
 * JDK serialization ({@link SessionAttributeSerializer}), expiring after
 * {@code BELLA_SESSION_TIMEOUT} without a request. The cookie keeps the container's name
 * and flags: {@code JSESSIONID}, HttpOnly, SameSite=Lax, and Secure on HTTPS and whenever
 * {@code BELLA_PUBLIC_URL} is https.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(RedisConfiguration.REDIS_URL_SET)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableRedisHttpSession(redisNamespace = RedisSessionConfiguration.NAMESPACE)
class RedisSessionConfiguration {

	/** The prefix of the sessions' keys in Redis. */
	static final String NAMESPACE = "bella:dashboard";

	/** The cookie's name, as the container names it, so sign-out clears either. */
	static final String COOKIE = "JSESSIONID";

	@Bean
	SessionRepositoryCustomizer<RedisSessionRepository> sessionTimeout(Environment environment) {
		Duration timeout = Binder.get(environment)
			.bind("server.servlet.session.timeout", Duration.class)
			.orElse(Duration.ofMinutes(30));
		return (repository) -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	@Bean
	CookieSerializer cookieSerializer(Environment environment) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		// the id as Tomcat writes it, not Spring Session's Base64 of it
		cookie.setUseBase64Encoding(false);
		if (environment.getProperty("bella.public-url", "").regionMatches(true, 0, "https://", 0, 8)) {
			cookie.setUseSecureCookie(true);
		}
		return cookie;
	}

	@Bean
	RedisSerializer<Object> springSessionDefaultRedisSerializer() {
		return new SessionAttributeSerializer(getClass().getClassLoader());
	}

}
