package io.bella.booking;

import io.bella.system.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the booking domain's exceptions to problem details: 404 unknown ids, 409 slot
 * taken, patient busy or booked appointments in the way, 422 rule violations. For the
 * API's controllers only: the dashboard's pages answer the same exceptions with pages of
 * their own.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingExceptionHandler {

	@ExceptionHandler
	ProblemDetail on(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex);
	}

	@ExceptionHandler
	ProblemDetail on(SlotUnavailableException ex) {
		return problem(HttpStatus.CONFLICT, "slot-unavailable", "Slot unavailable", ex);
	}

	/**
	 * Names the appointment in the way ({@code appointment_id}, {@code starts_at} in the
	 * clinic's zone) when it is known, so that a client can offer to move it.
	 */
	@ExceptionHandler
	ProblemDetail on(PatientBusyException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "patient-busy", "Patient busy", ex);
		ex.existing().ifPresent((existing) -> {
			problem.setProperty("appointment_id", existing.id());
			problem.setProperty("starts_at", ex.existingStartsAt());
		});
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(StrandedAppointmentsException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "stranded-appointments", "Booked appointments in the way",
				ex);
		problem.setProperty("appointments", SetupJson.stranded(ex.appointments(), ex.zone()));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(BookingRuleException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.rule().slug(), "Booking rule violated",
				ex);
		problem.setProperty("rule", ex.rule().slug());
		ex.earliestStart().ifPresent((start) -> problem.setProperty("earliest_start", start));
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(ProblemTypes.of(type));
		problem.setTitle(title);
		return problem;
	}

}
