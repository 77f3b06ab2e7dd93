package io.bella.voice;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests the way Twilio does (HMAC-SHA1 over the URL and the sorted form
 * parameters), so that tests pass whatever signature check guards {@code /twilio/*}.
 */
public final class TwilioWebhookSigner {

	private TwilioWebhookSigner() {
	}

	public static String signature(String authToken, String url, Map<String, String> params) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A random Twilio SID of the kind the prefix says ({@code CA} a call, {@code RE} a
	 * recording, {@code SM} a text).
	 */
	public static String sid(String prefix) {
		StringBuilder sid = new StringBuilder(prefix);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 32; i++) {
			sid.append(Character.forDigit(random.nextInt(16), 16));
		}
		return sid.toString();
	}

	/**
	 * Posts a webhook as Twilio does: the form, signed for the URL with the auth token.
	 */
	public static HttpResponse<String> post(HttpClient http, String url, String authToken, Map<String, String> params)
			throws IOException, InterruptedException {
		return send(http,
				HttpRequest.newBuilder(URI.create(url)).header("X-Twilio-Signature", signature(authToken, url, params)),
				form(params));
	}

	/**
	 * Posts a form with the request's own headers (a forged signature, forwarded
	 * headers).
	 */
	public static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, String form)
			throws IOException, InterruptedException {
		return http.send(request.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public static String form(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
