package io.bella.voice;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.util.StringUtils;
import org.springframework.web.util.ForwardedHeaderUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks that a webhook really comes from Twilio: its {@code X-Twilio-Signature} must be
 * the HMAC of the URL Twilio called and the posted parameters, keyed with the account's
 * auth token (Twilio's {@link RequestValidator}). The URL is the configured public URL
 * when Bella runs behind a proxy that rewrites it, otherwise the request URL as the
 * client saw it ({@code Forwarded} / {@code X-Forwarded-*} honoured).
 */
class TwilioSignatureVerifier {

	static final String HEADER = "X-Twilio-Signature";

	private static final List<String> FORWARDED_HEADERS = List.of("Forwarded", "X-Forwarded-Host", "X-Forwarded-Port",
			"X-Forwarded-Proto", "X-Forwarded-Ssl", "X-Forwarded-Prefix");

	private final RequestValidator validator;

	private final String publicUrl;

	/**
	 * @param authToken the auth token; {@code null} or blank rejects every request
	 * @param publicUrl the public base URL ({@code https://bella.example.com}), or
	 * {@code null} to use the request URL
	 */
	TwilioSignatureVerifier(String authToken, String publicUrl) {
		this.validator = StringUtils.hasText(authToken) ? new RequestValidator(authToken.trim()) : null;
		this.publicUrl = StringUtils.hasText(publicUrl) ? stripTrailingSlash(publicUrl.trim()) : null;
	}

	boolean canVerify() {
		return this.validator != null;
	}

	boolean verify(HttpServletRequest request) {
		String signature = request.getHeader(HEADER);
		if (this.validator == null || !StringUtils.hasText(signature)) {
			return false;
		}
		return this.validator.validate(signedUrl(request), bodyParameters(request), signature);
	}

	/**
	 * The URL Twilio signed: what it was told to call, with the query string.
	 */
	String signedUrl(HttpServletRequest request) {
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		if (this.publicUrl != null) {
			return this.publicUrl + request.getRequestURI() + query;
		}
		if (!proxied(request)) {
			return request.getRequestURL().append(query).toString();
		}
		ServletServerHttpRequest server = new ServletServerHttpRequest(request);
		HttpHeaders headers = server.getHeaders();
		URI requestUri = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
			.replaceQuery(request.getQueryString())
			.build(true)
			.toUri();
		URI uri = ForwardedHeaderUtils.adaptFromForwardedHeaders(requestUri, headers).build(true).toUri();
		return uri.toString();
	}

	private static boolean proxied(HttpServletRequest request) {
		for (String header : FORWARDED_HEADERS) {
			if (request.getHeader(header) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The form parameters of the body. The servlet API mixes query parameters into the
	 * same map (query values first), but Twilio signs only the body's, so the query's
	 * occurrences are taken out again.
	 */
	static Map<String, String> bodyParameters(HttpServletRequest request) {
		Map<String, Deque<String>> query = new HashMap<>();
		if (request.getQueryString() != null) {
			UriComponentsBuilder.newInstance()
				.query(request.getQueryString())
				.build()
				.getQueryParams()
				.forEach((name, values) -> query.put(decode(name), new ArrayDeque<>(values)));
		}
		Map<String, String> body = new HashMap<>();
		for (String name : Collections.list(request.getParameterNames())) {
			List<String> values = List.of(request.getParameterValues(name));
			int fromQuery = query.containsKey(name) ? query.get(name).size() : 0;
			if (values.size() > fromQuery) {
				body.put(name, values.get(fromQuery));
			}
		}
		return body;
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
