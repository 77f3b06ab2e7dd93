package io.bella.dashboard.signin;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides on the account as it is in the database now, not as it was at sign-in: an
 * account disabled, demoted or given a temporary password by an administrator is treated
 * so on its next request, on every instance.
 */
class StaffAuthorization {

	private final StaffAccounts accounts;

	StaffAuthorization(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Enabled accounts whose password is their own, in one of the roles.
	 */
	AuthorizationManager<RequestAuthorizationContext> active(Role... roles) {
		Set<Role> allowed = EnumSet.of(roles[0], roles);
		return decide((account) -> account.active() && allowed.contains(account.role()));
	}

	/**
	 * Enabled accounts, whatever their password: the page that replaces a temporary one.
	 */
	AuthorizationManager<RequestAuthorizationContext> enabled() {
		return decide(StaffAccount::enabled);
	}

	Optional<StaffAccount> account(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return this.accounts.findByEmail(authentication.getName());
	}

	private AuthorizationManager<RequestAuthorizationContext> decide(Predicate<StaffAccount> allowed) {
		return (authentication,
				context) -> new AuthorizationDecision(account(authentication.get()).filter(allowed).isPresent());
	}

}
