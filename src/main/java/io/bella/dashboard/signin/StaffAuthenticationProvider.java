package io.bella.dashboard.signin;

import io.bella.dashboard.accounts.StaffAccounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks an address and password against the staff accounts (Spring Security's
 * {@code DaoAuthenticationProvider}), within the lockout: an address locked by repeated
 * failures is refused before its password is looked at, every other failure counts
 * towards the lockout, and a success clears the count.
 */
class StaffAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInAttempts attempts;

	StaffAuthenticationProvider(AuthenticationProvider passwords, SignInAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = StaffAccounts.normalise(authentication.getName());
		if (this.attempts.isLocked(email)) {
			throw new LockedException("Too many failed sign-ins");
		}
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
				authentication.getCredentials());
		try {
			Authentication result = this.passwords.authenticate(attempt);
			this.attempts.clear(email);
			return result;
		}
		catch (InternalAuthenticationServiceException ex) {
			// the database failed, not the person signing in
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.attempts.recordFailure(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
