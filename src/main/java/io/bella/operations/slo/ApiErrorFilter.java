package io.bella.operations.slo;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every {@code /api/**} request towards the API error-rate SLO: bad when answered
 * with a 5xx status (a 4xx is the client's mistake), or when it failed past every
 * handler.
 */
class ApiErrorFilter extends OncePerRequestFilter {

	private final SloCounters counters;

	private final Clock clock;

	ApiErrorFilter(SloCounters counters, Clock clock) {
		this.counters = counters;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			boolean good = !failed && response.getStatus() < HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
			this.counters.record(Slo.API_ERRORS, this.clock.instant(), good);
		}
	}

}
