package io.bella.voice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
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

	public static String form(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
