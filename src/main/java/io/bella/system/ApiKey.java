package io.bella.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.util.StringUtils;

/**
 * The API key in force: the configured one, or one generated for this run. Comparisons
 * take the same time whatever the candidate, so the key cannot be guessed byte by byte.
 */
public final class ApiKey {

	private final byte[] digest;

	private final String generated;

	private ApiKey(String key, boolean generated) {
		this.digest = sha256(key);
		this.generated = generated ? key : null;
	}

	static ApiKey from(ApiProperties properties) {
		if (StringUtils.hasText(properties.key())) {
			return new ApiKey(properties.key().trim(), false);
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return new ApiKey("bella_" + HexFormat.of().formatHex(random), true);
	}

	public boolean matches(String candidate) {
		if (candidate == null) {
			return false;
		}
		return MessageDigest.isEqual(this.digest, sha256(candidate));
	}

	/**
	 * The key generated for this run, to be shown once; {@code null} when the key was
	 * configured.
	 */
	String generatedKey() {
		return this.generated;
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
