package io.bella.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Lets a request into {@code /api/**} and the operational actuator endpoints only with
 * the right {@code X-API-Key}.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKey apiKey;

	private final JsonMapper jsonMapper;

	ApiKeyFilter(ApiKey apiKey, JsonMapper jsonMapper) {
		this.apiKey = apiKey;
		this.jsonMapper = jsonMapper;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/actuator/health")) {
			return true;
		}
		return !(path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.apiKey.matches(request.getHeader(HEADER))) {
			chain.doFilter(request, response);
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				(request.getHeader(HEADER) == null) ? "Send your API key in the X-API-Key header."
						: "The API key in X-API-Key is not valid.");
		problem.setType(ProblemTypes.of("unauthorized"));
		problem.setTitle("Unauthorized");
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
		this.jsonMapper.writeValue(response.getOutputStream(), problem);
	}

}
