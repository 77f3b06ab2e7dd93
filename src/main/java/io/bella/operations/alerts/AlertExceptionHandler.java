package io.bella.operations.alerts;

import io.bella.system.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the alerts' exceptions to problem details: 404 unknown ids, 409 a change the
 * alert's state does not allow.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlertExceptionHandler {

	@ExceptionHandler
	ProblemDetail on(UnknownIdException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex);
	}

	@ExceptionHandler
	ProblemDetail on(AlertStateException ex) {
		return problem(HttpStatus.CONFLICT, "alert-state", "Not possible in the alert's state", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(ProblemTypes.of(type));
		problem.setTitle(title);
		return problem;
	}

}
