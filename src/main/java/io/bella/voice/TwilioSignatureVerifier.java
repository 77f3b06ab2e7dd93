package io.bella.voice;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks that a webhook really comes from Twilio: its {@code X-Twilio-Signature} must be
 * the HMAC-SHA1, keyed with the account's auth token, of the URL Twilio called (query
 * included) followed by every form parameter of the body, sorted by name, each name with
 * each of its values. The SDK's {@code RequestValidator} takes one value per name, so a
 * repeated parameter would be left out of the check while the application reads it; the
 * HMAC is therefore computed here over all values. The URL is the configured public URL
 * when one is set, otherwise the request URL, which the trusted-proxy filter adapts from
 * forwarded headers of trusted proxies only.
 */
class TwilioSignatureVerifier {

	static final String HEADER = "X-Twilio-Signature";

	private static final String HMAC = "HmacSHA1";

	private final SecretKeySpec key;

	private final String publicUrl;

	/**
	 * @param authToken the auth token; {@code null} or blank rejects every request
	 * @param publicUrl the public URL of Bella's root ({@code https://bella.example.com},
	 * with the path prefix if a proxy adds one), or {@code null} to use the request URL
	 */
	TwilioSignatureVerifier(String authToken, String publicUrl) {
		this.key = StringUtils.hasText(authToken)
				? new SecretKeySpec(authToken.trim().getBytes(StandardCharsets.UTF_8), HMAC) : null;
		this.publicUrl = StringUtils.hasText(publicUrl) ? stripTrailingSlash(publicUrl.trim()) : null;
	}

	boolean canVerify() {
		return this.key != null;
	}

	boolean verify(HttpServletRequest request) {
		String signature = request.getHeader(HEADER);
		if (this.key == null || !StringUtils.hasText(signature) || repeatedParameter(request).isPresent()) {
			return false;
		}
		byte[] expected = signature.trim().getBytes(StandardCharsets.UTF_8);
		Map<String, List<String>> body = bodyParameters(request);
		String url = signedUrl(request);
		// Twilio is known to sign with or without the default port: accept both, as its
		// SDK does
		boolean matches = false;
		for (String variant : portVariants(url)) {
			matches |= MessageDigest.isEqual(expected, sign(variant, body).getBytes(StandardCharsets.UTF_8));
		}
		return matches;
	}

	/**
	 * A parameter that occurs more than once, in the body or the query. Twilio never
	 * repeats one, and the application would read the repeated value (Spring joins them
	 * with a comma), so such a request is refused whatever its signature.
	 */
	static Optional<String> repeatedParameter(HttpServletRequest request) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getValue().length > 1) {
				return Optional.of(parameter.getKey());
			}
		}
		return Optional.empty();
	}

	/**
	 * The URL Twilio signed: what it was told to call, with the query string.
	 */
	String signedUrl(HttpServletRequest request) {
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		if (this.publicUrl != null) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return this.publicUrl + path + query;
		}
		return request.getRequestURL().append(query).toString();
	}

	/**
	 * The form parameters of the body, every value of each. The servlet API mixes query
	 * parameters into the same map (query values first), but Twilio signs only the
	 * body's, so the query's occurrences are taken out again.
	 */
	static Map<String, List<String>> bodyParameters(HttpServletRequest request) {
		Map<String, Integer> fromQuery = new HashMap<>();
		if (request.getQueryString() != null) {
			UriComponentsBuilder.newInstance()
				.query(request.getQueryString())
				.build()
				.getQueryParams()
				.forEach((name, values) -> fromQuery.merge(decode(name), values.size(), Integer::sum));
		}
		Map<String, List<String>> body = new TreeMap<>();
		for (String name : Collections.list(request.getParameterNames())) {
			String[] values = request.getParameterValues(name);
			int skip = fromQuery.getOrDefault(name, 0);
			if (values.length > skip) {
				body.put(name, List.of(values).subList(skip, values.length));
			}
		}
		return body;
	}

	private String sign(String url, Map<String, List<String>> body) {
		StringBuilder data = new StringBuilder(url);
		body.forEach((name, values) -> {
			List<String> sorted = new ArrayList<>(values);
			Collections.sort(sorted);
			sorted.forEach((value) -> data.append(name).append(value));
		});
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

	private static List<String> portVariants(String url) {
		try {
			URI uri = new URI(url);
			int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			if (uri.getPort() == -1) {
				return List.of(url, withPort(uri, defaultPort));
			}
			if (uri.getPort() == defaultPort) {
				return List.of(url, withPort(uri, -1));
			}
		}
		catch (URISyntaxException ex) {
			// not a URL Twilio could have called: compared as it is, it will not match
		}
		return List.of(url);
	}

	// built from the raw parts: the multi-argument URI constructors would encode them
	// again
	private static String withPort(URI uri, int port) {
		return uri.getScheme() + "://" + ((uri.getRawUserInfo() != null) ? uri.getRawUserInfo() + "@" : "")
				+ uri.getHost() + ((port != -1) ? ":" + port : "")
				+ ((uri.getRawPath() != null) ? uri.getRawPath() : "")
				+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
