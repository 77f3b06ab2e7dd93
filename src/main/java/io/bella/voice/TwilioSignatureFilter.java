package io.bella.voice;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import io.bella.system.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request into {@code /twilio/*} only when Twilio signed it, and tags the log
 * lines of the request with its call SID. A forged or unsigned request gets 403; so does
 * every request when no auth token is configured, because accepting unsigned webhooks
 * silently would let anyone book in a clinic's name. A request that repeats a parameter
 * gets 400 whatever its signature (both as problem details): Twilio never repeats one,
 * and a signed request replayed with an extra value must not reach the application.
 */
class TwilioSignatureFilter extends OncePerRequestFilter {

	static final String CALL_SID = "call_sid";

	private static final Logger log = LoggerFactory.getLogger(TwilioSignatureFilter.class);

	private final TwilioSignatureVerifier verifier;

	private final boolean enabled;

	private final ProblemResponses problems;

	private final AtomicBoolean missingTokenReported = new AtomicBoolean();

	private static final Pattern SID = Pattern.compile("CA[0-9a-fA-F]{32}");

	TwilioSignatureFilter(TwilioSignatureVerifier verifier, boolean enabled, ProblemResponses problems) {
		this.verifier = verifier;
		this.enabled = enabled;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String callSid = request.getParameter("CallSid");
		// the request is not verified yet: only a well-formed SID may reach the logs
		if (callSid != null && SID.matcher(callSid).matches()) {
			MDC.put(CALL_SID, callSid);
		}
		try {
			if (this.enabled && TwilioSignatureVerifier.repeatedParameter(request).isPresent()) {
				log.warn("Rejected {} {}: a parameter is repeated, which Twilio never does", request.getMethod(),
						request.getRequestURI());
				this.problems.write(response, ProblemResponses.problem(HttpStatus.BAD_REQUEST, "malformed-request",
						"A parameter is repeated."));
				return;
			}
			if (!this.enabled || this.verifier.verify(request)) {
				chain.doFilter(request, response);
				return;
			}
			reportRejection(request);
			this.problems.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden",
					"The Twilio signature (X-Twilio-Signature) is missing or not valid."));
		}
		finally {
			MDC.remove(CALL_SID);
		}
	}

	private void reportRejection(HttpServletRequest request) {
		if (!this.verifier.canVerify()) {
			if (this.missingTokenReported.compareAndSet(false, true)) {
				log.error("Rejecting Twilio webhooks: TWILIO_AUTH_TOKEN (bella.twilio.auth-token) is not set, so "
						+ "signatures cannot be checked. Set it, or for local development only set "
						+ "BELLA_TWILIO_SIGNATURE_VALIDATION=false");
			}
			else {
				log.debug("Rejected {} {}: no auth token configured", request.getMethod(), request.getRequestURI());
			}
			return;
		}
		if (request.getHeader(TwilioSignatureVerifier.HEADER) == null) {
			log.warn("Rejected {} {}: no X-Twilio-Signature header", request.getMethod(), request.getRequestURI());
		}
		else {
			log.warn("Rejected {} {}: X-Twilio-Signature does not match {} (check BELLA_PUBLIC_URL when behind a "
					+ "proxy)", request.getMethod(), request.getRequestURI(), this.verifier.signedUrl(request));
		}
	}

}
