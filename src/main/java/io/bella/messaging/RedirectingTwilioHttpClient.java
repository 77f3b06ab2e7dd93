package io.bella.messaging;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * A Twilio SDK {@link HttpClient} that sends what the SDK addresses to
 * {@code https://<product>.twilio.com} to another base URL instead, keeping path, query,
 * form, headers and authentication: for a regional egress proxy, or a fake Twilio in
 * tests. Everything else about the request stays the SDK's own.
 */
class RedirectingTwilioHttpClient extends HttpClient {

	private final URI baseUrl;

	private final HttpClient delegate;

	RedirectingTwilioHttpClient(String baseUrl, HttpClient delegate) {
		this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
		this.delegate = delegate;
	}

	@Override
	public Response makeRequest(Request request) {
		return this.delegate.makeRequest(redirect(request));
	}

	Request redirect(Request request) {
		URI original = URI.create(request.getUrl());
		if (original.getHost() == null || !original.getHost().endsWith(".twilio.com")) {
			return request;
		}
		String url = this.baseUrl + original.getRawPath()
				+ ((original.getRawQuery() != null) ? "?" + original.getRawQuery() : "");
		Request redirected = new Request(request.getMethod(), url);
		copy(request.getQueryParams(), redirected::addQueryParam);
		copy(request.getPostParams(), redirected::addPostParam);
		copy(request.getHeaderParams(), redirected::addHeaderParam);
		if (request.getAuthStrategy() != null) {
			redirected.setAuth(request.getAuthStrategy());
		}
		else if (request.getUsername() != null) {
			redirected.setAuth(request.getUsername(), request.getPassword());
		}
		redirected.setContentType(request.getContentType());
		redirected.setBody(request.getBody());
		redirected.setFormParameters(request.getFormParameters());
		redirected.setUserAgentExtensions(request.getUserAgentExtensions());
		return redirected;
	}

	private static void copy(Map<String, List<String>> from, ParameterSink to) {
		from.forEach((name, values) -> values.forEach((value) -> to.add(name, value)));
	}

	@FunctionalInterface
	private interface ParameterSink {

		void add(String name, String value);

	}

}
