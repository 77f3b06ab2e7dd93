package io.bella.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a problem detail, the requests whose framing cannot be read: parameters
 * with a broken {@code %} escape or a NUL character or beyond the container's limits, a
 * {@code Content-Type} or {@code Accept} that does not parse or a wildcard
 * {@code Content-Type}. Left alone, each of them fails deep inside the framework, where
 * it can no longer be told apart from a fault of Bella's own.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

	private final ProblemResponses problems;

	MalformedRequestFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request);
		if (problem != null) {
			this.problems.write(response, ProblemResponses.problem(
					problem.startsWith("Content-Type") ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST,
					"malformed-request", problem));
			return;
		}
		chain.doFilter(request, response);
	}

	private static String problem(HttpServletRequest request) {
		try {
			for (String[] values : request.getParameterMap().values()) {
				for (String value : values) {
					if (value.indexOf('\0') >= 0) {
						return "A parameter contains the NUL character (%00), which no value of Bella's may hold.";
					}
				}
			}
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			// Tomcat's InvalidParameterException: a broken escape, too many parameters
			return "The request's parameters cannot be read (a broken %-escape, or too many of them).";
		}
		String contentType = request.getContentType();
		if (contentType != null) {
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				if (type.isWildcardType() || type.isWildcardSubtype()) {
					return "Content-Type must name one type, such as application/json.";
				}
			}
			catch (InvalidMediaTypeException ex) {
				return "Content-Type is not a valid media type; send application/json.";
			}
		}
		String accept = request.getHeader("Accept");
		if (accept != null) {
			try {
				MediaType.parseMediaTypes(accept);
			}
			catch (InvalidMediaTypeException ex) {
				return "The Accept header is not a valid list of media types.";
			}
		}
		return null;
	}

}
