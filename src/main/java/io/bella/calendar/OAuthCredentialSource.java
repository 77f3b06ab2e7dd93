package io.bella.calendar;

import java.net.URI;
import java.util.Optional;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.UserCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Google account an administrator connected by consent ({@link GoogleConsent}): its
 * refresh token, decrypted, with the OAuth client's id and secret, exchanged for access
 * tokens at {@code bella.google.token-url}. After the service account, which wins when
 * both are configured. Read from the database at each use, so that connecting or
 * disconnecting on one instance holds for all. A stored token that does not decrypt (the
 * key was changed) gives no credentials, with one warning to connect the account again.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OAuthCredentialSource implements GoogleCredentialSource {

	private static final Logger log = LoggerFactory.getLogger(OAuthCredentialSource.class);

	private final GoogleOAuthProperties properties;

	private final GoogleAccountStore store;

	private final RefreshTokenCipher cipher;

	/** The credentials of the stored token, kept so that their access token is reused. */
	private Built built;

	/** The stored token last found undecryptable, so that it is reported once. */
	private String undecryptable;

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
		return this.store.find().flatMap((kept) -> credentials(kept.encryptedRefreshToken()));
	}

	private synchronized Optional<GoogleCredentials> credentials(String encrypted) {
		if (this.built == null || !this.built.encrypted().equals(encrypted)) {
			String refreshToken;
			try {
				refreshToken = this.cipher.decrypt(encrypted);
			}
			catch (RuntimeException ex) {
				// BELLA_GOOGLE_TOKEN_KEY changed, or the row: no credentials, said once a
				// token
				if (!encrypted.equals(this.undecryptable)) {
					this.undecryptable = encrypted;
					log.warn("The Google account connected in Settings cannot be used: its stored token does not "
							+ "decrypt with BELLA_GOOGLE_TOKEN_KEY (was the key changed?). Google Calendar is off "
							+ "until an administrator connects the Google account again in Settings.");
				}
				return Optional.empty();
			}
			this.built = new Built(encrypted,
					UserCredentials.newBuilder()
						.setClientId(this.properties.clientId())
						.setClientSecret(this.properties.clientSecret())
						.setRefreshToken(refreshToken)
						.setTokenServerUri(URI.create(this.properties.tokenUrl()))
						.build());
		}
		return Optional.of(this.built.credentials());
	}

	private record Built(String encrypted, GoogleCredentials credentials) {
	}

}
