package io.bella.dashboard.signin;

import java.io.IOException;

import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import io.bella.dashboard.audit.AuditLog;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The dashboard's own security chain, beside the API's (system's
 * {@code SecurityConfiguration}, which keeps every other path: {@code /api/**} with the
 * API key only, the webhooks, health and actuator). It covers only the paths in
 * {@link #PATHS}: form login at {@code /login} with staff accounts, a session cookie,
 * CSRF tokens on every form and htmx request, sign-out by POST, a strict
 * Content-Security-Policy, and roles decided on the account as it is now. A browser
 * session opens no {@code /api/**} path: the dashboard acts through its own controllers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DashboardSecurityConfiguration {

	/**
	 * The dashboard's paths; a new page adds its path here. Everything else stays with
	 * the API's chain, which denies it without the API key.
	 */
	static final String[] PATHS = { "/", "/login", "/logout", "/denied", "/account/**", "/accounts/**", "/audit/**",
			"/schedule/**", "/patients/**", "/calls/**", "/callbacks/**", "/operations/**", "/analytics/**",
			"/system/**", "/settings/**", "/export/**", "/css/**", "/js/**", "/webjars/**" };

	/** The paths for administrators only. */
	static final String[] ADMIN_PATHS = { "/accounts/**", "/audit/**", "/settings/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain dashboardSecurityFilterChain(HttpSecurity http, StaffAccounts accounts,
			PasswordEncoder passwordEncoder, SignInAttempts attempts, AuditLog audit) throws Exception {
		StaffAuthorization authorization = new StaffAuthorization(accounts);
		SignInHandlers handlers = new SignInHandlers(audit, authorization);
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users(accounts));
		passwords.setPasswordEncoder(passwordEncoder);
		http.securityMatcher(PATHS)
			.authenticationManager(new ProviderManager(new StaffAuthenticationProvider(passwords, attempts)))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**")
				.permitAll()
				.requestMatchers("/account/password")
				.access(authorization.enabled())
				.requestMatchers(ADMIN_PATHS)
				.access(authorization.active(Role.ADMIN))
				.anyRequest()
				.access(authorization.active(Role.ADMIN, Role.STAFF)))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter(SignInHandlers.EMAIL_PARAMETER)
				.passwordParameter("password")
				.successHandler(handlers.success())
				.failureHandler(handlers.failure())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(handlers.signOut())
				.logoutSuccessUrl("/login?signed-out")
				.deleteCookies("JSESSIONID"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(denied(authorization)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static UserDetailsService users(StaffAccounts accounts) {
		return (email) -> accounts.findByEmail(email)
			.map((account) -> User.withUsername(account.email())
				.password(account.passwordHash())
				.disabled(!account.enabled())
				.authorities(account.role().authority())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	/**
	 * A temporary password leads to the page that replaces it, a disabled account is
	 * signed out, and anything else denied is the readable 403 page.
	 */
	private static AccessDeniedHandler denied(StaffAuthorization authorization) {
		AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
		page.setErrorPage("/denied");
		return (request, response, exception) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			StaffAccount account = (exception instanceof CsrfException) ? null
					: authorization.account(authentication).orElse(null);
			if (account != null && !account.enabled()) {
				signOut(request, response);
			}
			else if (account != null && account.mustChangePassword()) {
				response.sendRedirect(request.getContextPath() + "/account/password");
			}
			else {
				forbidden(page, request, response, exception);
			}
		};
	}

	private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + "/login?disabled");
	}

	private static void forbidden(AccessDeniedHandlerImpl page, HttpServletRequest request,
			HttpServletResponse response, AccessDeniedException exception) throws IOException {
		try {
			page.handle(request, response, exception);
		}
		catch (ServletException ex) {
			throw new IOException(ex);
		}
	}

}
