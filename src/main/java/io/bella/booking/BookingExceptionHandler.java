package io.bella.booking;

import io.bella.system.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the booking domain's exceptions to problem details: 404 unknown ids, 409 slot
 * taken, 422 rule violations.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingExceptionHandler {

	@ExceptionHandler
	ProblemDetail on(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(ProblemTypes.of("not-found"));
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(SlotUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(ProblemTypes.of("slot-unavailable"));
		problem.setTitle("Slot unavailable");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(BookingRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setType(ProblemTypes.of(ex.rule().slug()));
		problem.setTitle("Booking rule violated");
		problem.setProperty("rule", ex.rule().slug());
		return problem;
	}

}
