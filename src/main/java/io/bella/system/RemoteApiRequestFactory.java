package io.bella.system;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * How Bella's own clients of remote APIs ({@link OpenAiClient}, messaging's
 * {@code TwilioClient}) make their requests: the JDK's {@link HttpClient} with the
 * system's proxy settings, HTTP/2 where TLS negotiates it and HTTP/1.1 in clear (no h2c
 * upgrade a local server might trip on), redirects never followed, so that credentials
 * never follow a request to wherever a redirect points, and a read timeout that covers
 * the whole answer, body included, not only the wait for its headers.
 */
public final class RemoteApiRequestFactory extends JdkClientHttpRequestFactory {

	/**
	 * Create a factory for requests to one API.
	 * @param baseUrl the API's base URL, whose scheme decides the HTTP version
	 * @param connectTimeout how long making a connection may take
	 * @param readTimeout how long an answer may take once the request is sent
	 */
	public RemoteApiRequestFactory(String baseUrl, Duration connectTimeout, Duration readTimeout) {
		super(HttpClient.newBuilder()
			.version("https".equalsIgnoreCase(URI.create(baseUrl.strip()).getScheme()) ? HttpClient.Version.HTTP_2
					: HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(ProxySelector.getDefault())
			.build());
		setReadTimeout(readTimeout);
	}

}
