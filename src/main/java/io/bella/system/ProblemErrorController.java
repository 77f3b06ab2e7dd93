package io.bella.system;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: whatever failed outside Spring MVC's own handling
 * (a filter, the container's request parsing) is answered as a problem detail, whatever
 * the client asked to accept, and never with a stack trace or the exception's message.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final ProblemResponses problems;

	ProblemErrorController(ProblemResponses problems) {
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		if (status.is5xxServerError()) {
			Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			log.error("Unexpected {} outside the API's handlers",
					(exception != null) ? exception.getClass().getName() : "error " + status.value());
		}
		this.problems.write(response, ProblemResponses.problem(status, type(status), detail(status)));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String type(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			default -> status.is5xxServerError() ? "internal-error" : "malformed-request";
		};
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "Nothing is here.";
			case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
			default -> status.is5xxServerError() ? ProblemResponses.INTERNAL_ERROR : ProblemResponses.UNREADABLE;
		};
	}

}
