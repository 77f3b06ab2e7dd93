package io.bella.dashboard.web;

import java.security.Principal;

import io.bella.booking.NotFoundException;
import io.bella.dashboard.accounts.AccountNotFoundException;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
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

	@ExceptionHandler({ AccountNotFoundException.class, NotFoundException.class })
	ModelAndView notFound() {
		return ErrorPages.page(HttpStatus.NOT_FOUND);
	}

	/**
	 * A path variable that cannot be read ({@code /patients/abc}) names nothing there; a
	 * query parameter or form field that cannot be read is the request's mistake.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView unreadable(MethodArgumentTypeMismatchException exception) {
		return ErrorPages.page(exception.getParameter().hasParameterAnnotation(PathVariable.class)
				? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
	}

	/**
	 * Spring MVC's own refusals (a missing parameter, a method the page does not take)
	 * with their status, as a page.
	 */
	@ExceptionHandler(ErrorResponseException.class)
	ModelAndView refused(ErrorResponseException exception) {
		return page(exception.getStatusCode());
	}

	@ExceptionHandler({ ServletRequestBindingException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class })
	ModelAndView refused(ErrorResponse exception) {
		return page(exception.getStatusCode());
	}

	private static ModelAndView page(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return ErrorPages.page((known != null) ? known : HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception exception) {
		log.error("Dashboard page failed", exception);
		return ErrorPages.page(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
