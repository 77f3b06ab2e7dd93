package io.bella.dashboard.web;

import java.security.Principal;

import io.bella.dashboard.accounts.AccountNotFoundException;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every dashboard page's layout needs (the signed-in account, the current path for
 * the navigation), and the dashboard's errors as pages in its own style rather than the
 * API's problem details: never a stack trace.
 */
@ControllerAdvice(basePackages = "io.bella.dashboard")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardPages {

	private static final Logger log = LoggerFactory.getLogger(DashboardPages.class);

	private final StaffAccounts accounts;

	DashboardPages(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("me")
	StaffAccount me(Principal principal) {
		return (principal != null) ? this.accounts.findByEmail(principal.getName()).orElse(null) : null;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ExceptionHandler(AccountNotFoundException.class)
	ModelAndView notFound() {
		return ErrorPages.page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception exception) {
		log.error("Dashboard page failed", exception);
		return ErrorPages.page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
