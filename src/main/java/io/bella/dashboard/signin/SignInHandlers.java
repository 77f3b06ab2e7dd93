package io.bella.dashboard.signin;

import java.io.IOException;

import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.audit.AuditAction;
import io.bella.dashboard.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * What follows a sign-in, a failed one and a sign-out: a line in the audit log, and the
 * page to go to. A failure says the same whether or not the address has an account (a
 * disabled one included); a lockout says so, for any address.
 */
class SignInHandlers {

	static final String EMAIL_PARAMETER = "email";

	private final AuditLog audit;

	private final StaffAuthorization authorization;

	SignInHandlers(AuditLog audit, StaffAuthorization authorization) {
		this.audit = audit;
		this.authorization = authorization;
	}

	AuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler pages = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			this.audit.record(AuditAction.SIGN_IN, authentication.getName(), request.getRemoteAddr(), null);
			boolean temporaryPassword = this.authorization.account(authentication)
				.map(StaffAccount::mustChangePassword)
				.orElse(false);
			if (temporaryPassword) {
				response.sendRedirect(request.getContextPath() + "/account/password");
			}
			else {
				pages.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> failed(request, response, exception);
	}

	LogoutHandler signOut() {
		return (request, response, authentication) -> {
			if (authentication != null) {
				this.audit.record(AuditAction.SIGN_OUT, authentication.getName(), request.getRemoteAddr(), null);
			}
		};
	}

	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String typed = request.getParameter(EMAIL_PARAMETER);
		boolean locked = exception instanceof LockedException;
		this.audit.record(locked ? AuditAction.SIGN_IN_REFUSED : AuditAction.SIGN_IN_FAILED,
				(typed != null) ? typed.strip() : "", request.getRemoteAddr(), null);
		response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
	}

}
