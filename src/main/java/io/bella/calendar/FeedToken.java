package io.bella.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A feed's token as it appears in its URL: a lookup id that finds the feed's row, then a
 * secret of 256 random bits that only the URL holds (the row keeps its SHA-256). Both are
 * URL-safe base64 without padding.
 *
 * @param lookupId the non-secret part, {@value #LOOKUP_LENGTH} characters
 * @param secret the secret part, {@value #SECRET_LENGTH} characters
 */
record FeedToken(String lookupId, String secret) {

	static final int LOOKUP_LENGTH = 12;

	static final int SECRET_LENGTH = 43;

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + (LOOKUP_LENGTH + SECRET_LENGTH) + "}");

	private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

	static FeedToken generate(SecureRandom random) {
		return new FeedToken(randomText(random, 9), randomText(random, 32));
	}

	/**
	 * The token in a URL, or nothing when it cannot be one.
	 */
	static Optional<FeedToken> parse(String text) {
		if (text == null || !FORM.matcher(text).matches()) {
			return Optional.empty();
		}
		return Optional.of(new FeedToken(text.substring(0, LOOKUP_LENGTH), text.substring(LOOKUP_LENGTH)));
	}

	String text() {
		return this.lookupId + this.secret;
	}

	/**
	 * The SHA-256 of the secret, in hex: what the database keeps.
	 */
	String secretHash() {
		return HexFormat.of().formatHex(sha256(this.secret));
	}

	/**
	 * Whether the secret is the one whose hash was kept, compared in constant time.
	 */
	boolean matches(String keptHash) {
		return MessageDigest.isEqual(sha256(this.secret), HexFormat.of().parseHex(keptHash));
	}

	@Override
	public String toString() {
		// never the secret, should a token be logged by mistake
		return "FeedToken[" + this.lookupId + "]";
	}

	private static String randomText(SecureRandom random, int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return URL_SAFE.encodeToString(value);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
