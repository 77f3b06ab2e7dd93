package io.bella.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the framework's errors into RFC 9457 problem details that name what was wrong,
 * and makes sure nothing unexpected ever reaches a client as a stack trace. Modules map
 * their own domain exceptions in advices of higher precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final int MAX_ECHO = 200;

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.putIfAbsent(snakeCase(error.getField()), error.getDefaultMessage()));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
		return ResponseEntity.badRequest().body(invalidFields(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.putIfAbsent(snakeCase(result.getMethodParameter().getParameterName()),
						error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(invalidFields(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.collect(Collectors.joining("."));
			String message = NulRejectingStringDeserializer.MESSAGE.equals(databind.getOriginalMessage())
					? NulRejectingStringDeserializer.MESSAGE : "has a value of the wrong type";
			return ResponseEntity.badRequest().body(invalidFields(Map.of(field, message)));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				(cause instanceof JacksonException) ? "The request body is not valid JSON."
						: "The request body is missing or unreadable.");
		problem.setType(ProblemTypes.of("malformed-request"));
		problem.setTitle("Malformed request");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest()
			.body(invalidFields(Map.of(ex.getName(), "'" + ex.getValue() + "' is not a valid value")));
	}

	/**
	 * A body sent as a form whose parameter names Spring Security's firewall refuses (the
	 * API reads JSON only; the form is parsed before the content type is refused).
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> handleRejected(RequestRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request was refused: send a JSON body (Content-Type: application/json).");
		problem.setType(ProblemTypes.of("malformed-request"));
		problem.setTitle("Malformed request");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<Object> handleInvalidRequest(InvalidRequestException ex) {
		return ResponseEntity.badRequest().body(invalidFields(ex.errors()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		// exception messages can quote the values of a failed statement (a patient's
		// phone
		// number): the log gets the types and the stack, the message only at debug level
		Throwable where = new Throwable(ex.getClass().getName() + " (message withheld)");
		where.setStackTrace(ex.getStackTrace());
		log.error("Unexpected {} while handling an API request (root cause {})", ex.getClass().getName(),
				rootCause(ex).getClass().getName(), where);
		log.debug("Unexpected error while handling an API request", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				ProblemResponses.INTERNAL_ERROR);
		problem.setType(ProblemTypes.of("internal-error"));
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	static ProblemDetail invalidFields(Map<String, String> input) {
		// messages may quote what the client sent: an echo is capped, not a mirror
		Map<String, String> errors = new LinkedHashMap<>();
		input.forEach((field, message) -> errors.put(abbreviate(field), abbreviate(message)));
		String detail = errors.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				detail.isEmpty() ? "The request is not valid." : detail);
		problem.setType(ProblemTypes.of("invalid-request"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				errors.entrySet()
					.stream()
					.map((entry) -> Map.of("field", entry.getKey(), "message", entry.getValue()))
					.toList());
		return problem;
	}

	private static String abbreviate(String text) {
		return (text != null && text.length() > MAX_ECHO) ? text.substring(0, MAX_ECHO) + "…" : text;
	}

	private static String snakeCase(String name) {
		return (name != null) ? name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase() : "request";
	}

}
