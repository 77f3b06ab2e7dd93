package io.bella.calendar;

import java.net.URI;
import java.util.Optional;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.UserCredentials;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Google account an administrator connected by consent ({@link GoogleConsent}): its
 * refresh token, decrypted, with the OAuth client's id and secret, exchanged for access
 * tokens at {@code bella.google.token-url}. After the service account, which wins when
 * both are configured. Read from the database at each use, so that connecting or
 * disconnecting on one instance holds for all.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OAuthCredentialSource implements GoogleCredentialSource {

	private final GoogleOAuthProperties properties;

	private final GoogleAccountStore store;

	private final RefreshTokenCipher cipher;

	/** The credentials of the stored token, kept so that their access token is reused. */
	private Built built;

	OAuthCredentialSource(GoogleOAuthProperties properties, GoogleAccountStore store, RefreshTokenCipher cipher) {
		this.properties = properties;
		this.store = store;
		this.cipher = cipher;
	}

	@Override
	public Optional<GoogleCredentials> credentials() {
		if (!this.properties.configured()) {
			return Optional.empty();
		}
		return this.store.find().map((kept) -> credentials(kept.encryptedRefreshToken()));
	}

	private synchronized GoogleCredentials credentials(String encrypted) {
		if (this.built == null || !this.built.encrypted().equals(encrypted)) {
			this.built = new Built(encrypted,
					UserCredentials.newBuilder()
						.setClientId(this.properties.clientId())
						.setClientSecret(this.properties.clientSecret())
						.setRefreshToken(this.cipher.decrypt(encrypted))
						.setTokenServerUri(URI.create(this.properties.tokenUrl()))
						.build());
		}
		return this.built.credentials();
	}

	private record Built(String encrypted, GoogleCredentials credentials) {
	}

}
