package io.bella.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts the Google refresh token Bella keeps, with AES-256-GCM under
 * {@code BELLA_GOOGLE_TOKEN_KEY} and a random 96-bit nonce each time, so that a copy of
 * the database holds no usable token. Start-up stops with one line when consent is
 * configured ({@code BELLA_GOOGLE_CLIENT_ID}) without a usable key.
 */
@Component
class RefreshTokenCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** Binds each ciphertext to its use: it decrypts as nothing else. */
	private static final byte[] CONTEXT = "bella google refresh token".getBytes(StandardCharsets.US_ASCII);

	private static final String FIX = "Set BELLA_GOOGLE_TOKEN_KEY to base64 of 32 random bytes "
			+ "(openssl rand -base64 32), or unset BELLA_GOOGLE_CLIENT_ID to keep Google consent off.";

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	RefreshTokenCipher(GoogleOAuthProperties properties) {
		this.key = properties.configured() ? key(properties.tokenKey()) : null;
	}

	String encrypt(String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, plain.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder()
			.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
	}

	String decrypt(String stored) {
		byte[] all = Base64.getDecoder().decode(stored);
		byte[] nonce = new byte[NONCE_BYTES];
		System.arraycopy(all, 0, nonce, 0, NONCE_BYTES);
		byte[] sealed = new byte[all.length - NONCE_BYTES];
		System.arraycopy(all, NONCE_BYTES, sealed, 0, sealed.length);
		return new String(run(Cipher.DECRYPT_MODE, nonce, sealed), StandardCharsets.UTF_8);
	}

	private byte[] run(int mode, byte[] nonce, byte[] input) {
		if (this.key == null) {
			throw new IllegalStateException("Google consent is off: BELLA_GOOGLE_CLIENT_ID is not set");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(CONTEXT);
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			// a wrong key or a changed row; the message never holds the token
			throw new IllegalStateException("The stored Google token cannot be decrypted with BELLA_GOOGLE_TOKEN_KEY",
					ex);
		}
	}

	private static SecretKey key(String base64) {
		if (!StringUtils.hasText(base64)) {
			throw new GoogleSettingException("BELLA_GOOGLE_CLIENT_ID is set but BELLA_GOOGLE_TOKEN_KEY is not.", FIX);
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new GoogleSettingException("BELLA_GOOGLE_TOKEN_KEY is not base64.", FIX);
		}
		if (bytes.length != 32) {
			throw new GoogleSettingException(
					"BELLA_GOOGLE_TOKEN_KEY holds " + bytes.length + " bytes; AES-256 needs exactly 32.", FIX);
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
