package io.bella.calendar;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import io.bella.calendar.GoogleAccountStore.Kept;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The connected Google account's credentials: a stored token that no longer decrypts (the
 * key was changed) means no credentials, said once, not an error at each use.
 */
@ExtendWith(OutputCaptureExtension.class)
class OAuthCredentialSourceTests {

	private static final String WARNING = "cannot be used: its stored token does not decrypt";

	private final GoogleAccountStore store = mock(GoogleAccountStore.class);

	@Test
	void aTokenThatDecryptsGivesCredentials() {
		RefreshTokenCipher cipher = cipher(new byte[32]);
		given(this.store.find()).willReturn(Optional.of(kept(cipher.encrypt(RefreshTokenCipherTests.TOKEN))));

		assertThat(new OAuthCredentialSource(properties(new byte[32]), this.store, cipher).credentials()).isPresent();
	}

	@Test
	void aTokenSealedWithAnotherKeyGivesNoCredentialsAndOneWarning(CapturedOutput output) {
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		String sealed = cipher(otherKey).encrypt(RefreshTokenCipherTests.TOKEN);
		given(this.store.find()).willReturn(Optional.of(kept(sealed)));
		OAuthCredentialSource source = new OAuthCredentialSource(properties(new byte[32]), this.store,
				cipher(new byte[32]));

		assertThat(source.credentials()).isEmpty();
		assertThat(source.credentials()).isEmpty();

		assertThat(output.getOut().split(WARNING, -1)).hasSize(2);
		assertThat(output.getOut()).contains("connects the Google account again").doesNotContain(sealed);
	}

	@Test
	void aGarbledTokenGivesNoCredentials() {
		given(this.store.find()).willReturn(Optional.of(kept("not base64!")));
		OAuthCredentialSource source = new OAuthCredentialSource(properties(new byte[32]), this.store,
				cipher(new byte[32]));

		assertThat(source.credentials()).isEmpty();
	}

	private static Kept kept(String encrypted) {
		return new Kept(encrypted, Instant.parse("2026-06-01T12:00:00Z"), "admin");
	}

	private static RefreshTokenCipher cipher(byte[] key) {
		return new RefreshTokenCipher(properties(key));
	}

	private static GoogleOAuthProperties properties(byte[] key) {
		return new GoogleOAuthProperties("client", "secret", "https://a", "https://t",
				Base64.getEncoder().encodeToString(key));
	}

}
