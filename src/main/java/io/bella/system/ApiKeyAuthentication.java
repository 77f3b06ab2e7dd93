package io.bella.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * The API key as a Spring Security authentication mechanism: the converter reads the
 * {@code X-API-Key} header, the provider accepts it only when it matches the key in force
 * (compared in constant time by {@link ApiKey}). The key itself never leaves this class:
 * an authenticated request carries only the name "api-key".
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	static final String HEADER = "X-API-Key";

	static final String AUTHORITY = "ROLE_INTEGRATION";

	private final transient String candidate;

	private ApiKeyAuthentication(String candidate) {
		super(List.of());
		this.candidate = candidate;
		setAuthenticated(false);
	}

	private ApiKeyAuthentication() {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.candidate = null;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return "api-key";
	}

	/**
	 * Reads the candidate key; requests without the header are left to the other
	 * mechanisms (and to the entry point when the path needs a key).
	 */
	static AuthenticationConverter converter() {
		return (HttpServletRequest request) -> {
			String candidate = request.getHeader(HEADER);
			return (candidate != null) ? new ApiKeyAuthentication(candidate) : null;
		};
	}

	static AuthenticationProvider provider(ApiKey apiKey) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String candidate = ((ApiKeyAuthentication) authentication).candidate;
				if (!apiKey.matches(candidate)) {
					throw new BadCredentialsException("The API key in X-API-Key is not valid.");
				}
				return new ApiKeyAuthentication();
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return ApiKeyAuthentication.class.isAssignableFrom(authentication);
			}

		};
	}

}
