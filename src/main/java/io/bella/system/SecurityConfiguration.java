package io.bella.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Who may reach what. Spring Security decides every request on its normalised path: the
 * paths listed in {@link #PUBLIC_PATHS} are open, the Twilio webhooks are open to the
 * signature check that guards them, the calendar feeds to GETs that hold a feed's token,
 * and everything else needs the API key. Requests spelled to confuse path matching (';',
 * encoded '/', '%' or '.', '..') are refused by the firewall before any decision is made.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * The only paths anyone may reach without a credential: health and probes for load
	 * balancers and Kubernetes, and the API documentation (which holds no data).
	 */
	static final String[] PUBLIC_PATHS = { "/healthz", "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/livez", "/readyz", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**" };

	/**
	 * Twilio's webhooks carry no API key; the voice module's signature filter admits only
	 * requests signed with the account's auth token.
	 */
	static final String SIGNED_WEBHOOKS = "/twilio/**";

	/**
	 * The providers' ICS feeds carry no API key: calendars cannot send one. The token in
	 * the path is the credential, checked by the calendar module; one path segment only,
	 * read only.
	 */
	static final String CALENDAR_FEEDS = "/calendar/*.ics";

	private static final String CHALLENGE = "ApiKey header=\"" + ApiKeyAuthentication.HEADER + "\"";

	private static final String FRAME_ANCESTORS = "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKey apiKey, ProblemResponses problems)
			throws Exception {
		AuthenticationFilter apiKeyFilter = new AuthenticationFilter(
				new ProviderManager(ApiKeyAuthentication.provider(apiKey)), ApiKeyAuthentication.converter());
		apiKeyFilter.setRequestMatcher(new RequestHeaderRequestMatcher(ApiKeyAuthentication.HEADER));
		apiKeyFilter.setSuccessHandler((request, response, authentication) -> {
		});
		apiKeyFilter.setFailureHandler((request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
			problems.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
					"The API key in X-API-Key is not valid."));
		});
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers(SIGNED_WEBHOOKS)
			.permitAll()
			.requestMatchers(HttpMethod.GET, CALENDAR_FEEDS)
			.permitAll()
			.anyRequest()
			.hasAuthority(ApiKeyAuthentication.AUTHORITY))
			.addFilterBefore(apiKeyFilter, AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint(problems))
				.accessDeniedHandler(accessDenied(problems)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			// the API authenticates by a header a browser never sends on its own, and
			// Twilio
			// by a signature: neither can be forged cross-site, so CSRF tokens have
			// nothing to
			// protect there
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**", SIGNED_WEBHOOKS))
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(FRAME_ANCESTORS)));
		return http.build();
	}

	@Bean
	HttpFirewall httpFirewall() {
		return new StrictHttpFirewall();
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
		return (request, response, exception) -> {
			// refused before the filter chain that writes the headers of every other
			// answer
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", ReferrerPolicy.NO_REFERRER.getPolicy());
			response.setHeader("Content-Security-Policy", FRAME_ANCESTORS);
			problems.write(response,
					ProblemResponses.problem(HttpStatus.BAD_REQUEST, "rejected-request",
							"The request was refused: its URL or headers contain characters Bella does not accept "
									+ "(such as ';', an encoded '/', '\\', '%' or '.', or '..')."));
		};
	}

	private static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
		return (request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
			problems.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
					"Send your API key in the X-API-Key header."));
		};
	}

	private static AccessDeniedHandler accessDenied(ProblemResponses problems) {
		return (request, response, exception) -> problems.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN,
				"forbidden", "This request is not allowed (a form needs its CSRF token)."));
	}

}
