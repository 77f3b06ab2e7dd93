package io.bella.calendar;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The stored refresh token's encryption: AES-256-GCM with a fresh nonce each time, and
 * one clear line at start-up for a key that cannot be used.
 */
class RefreshTokenCipherTests {

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	static final String TOKEN = "1//0refresh-token-as-google-issues-it";

	@Test
	void aTokenEncryptsDifferentlyEachTimeAndDecryptsBack() {
		RefreshTokenCipher cipher = cipher(KEY);

		String once = cipher.encrypt(TOKEN);
		String twice = cipher.encrypt(TOKEN);

		assertThat(once).isNotEqualTo(twice).doesNotContain(TOKEN).doesNotContain("refresh-token");
		assertThat(Base64.getDecoder().decode(once)).hasSize(12 + TOKEN.length() + 16);
		assertThat(cipher.decrypt(once)).isEqualTo(TOKEN);
		assertThat(cipher.decrypt(twice)).isEqualTo(TOKEN);
	}

	@Test
	void aChangedCiphertextOrAnotherKeyDecryptsNothing() {
		String sealed = cipher(KEY).encrypt(TOKEN);
		byte[] changed = Base64.getDecoder().decode(sealed);
		changed[changed.length - 1] ^= 1;
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;

		assertThatIllegalStateException()
			.isThrownBy(() -> cipher(KEY).decrypt(Base64.getEncoder().encodeToString(changed)))
			.withMessageNotContaining(TOKEN);
		assertThatIllegalStateException()
			.isThrownBy(() -> cipher(Base64.getEncoder().encodeToString(otherKey)).decrypt(sealed));
	}

	@Test
	void aClientIdWithoutAUsableKeyStopsTheStartWithOneLine() {
		assertThatExceptionOfType(GoogleSettingException.class).isThrownBy(() -> cipher(null))
			.withMessage("BELLA_GOOGLE_CLIENT_ID is set but BELLA_GOOGLE_TOKEN_KEY is not.");
		assertThatExceptionOfType(GoogleSettingException.class)
			.isThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16])))
			.withMessage("BELLA_GOOGLE_TOKEN_KEY holds 16 bytes; AES-256 needs exactly 32.");
		assertThatExceptionOfType(GoogleSettingException.class).isThrownBy(() -> cipher("not base64!"))
			.withMessage("BELLA_GOOGLE_TOKEN_KEY is not base64.")
			.satisfies((ex) -> assertThat(ex.action()).contains("openssl rand -base64 32"));
	}

	@Test
	void withoutAClientIdNoKeyIsNeeded() {
		new RefreshTokenCipher(new GoogleOAuthProperties(null, null, "https://a", "https://t", null));
	}

	private static RefreshTokenCipher cipher(String key) {
		return new RefreshTokenCipher(new GoogleOAuthProperties("client", "secret", "https://a", "https://t", key));
	}

}
