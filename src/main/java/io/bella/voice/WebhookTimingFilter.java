package io.bella.voice;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times each voice webhook that passed the signature check and announces how it was
 * answered ({@link WebhookAnswered}): its status, its latency and whether it was the
 * apology. The apology paths mark the request ({@link #apologized()}); a request that
 * fails past every handler counts as a 500.
 */
class WebhookTimingFilter extends OncePerRequestFilter {

	static final String APOLOGY = WebhookTimingFilter.class.getName() + ".apology";

	private static final String PREFIX = "/twilio/";

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WebhookTimingFilter(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Marks the current webhook as answered with the apology; nothing outside a request.
	 */
	static void apologized() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(APOLOGY, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
			boolean apology = Boolean.TRUE.equals(request.getAttribute(APOLOGY));
			this.events
				.publishEvent(new WebhookAnswered(webhook(request), status, latencyMs, apology, this.clock.instant()));
		}
	}

	private static String webhook(HttpServletRequest request) {
		String path = request.getRequestURI();
		int start = path.indexOf(PREFIX);
		return (start >= 0) ? path.substring(start + PREFIX.length()) : path;
	}

}
