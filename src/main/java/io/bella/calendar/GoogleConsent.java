package io.bella.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeRequestUrl;
import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeTokenRequest;
import com.google.api.client.googleapis.auth.oauth2.GoogleTokenResponse;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.CalendarScopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Connecting Bella to Google Calendar by an administrator's consent (OAuth 2.0
 * authorization code flow): the consent URL with a random {@code state}, the exchange of
 * the code Google sends back for a refresh token, kept encrypted, and disconnecting. A
 * configured service account is used before a connected account.
 */
@Service
public class GoogleConsent {

	private static final Logger log = LoggerFactory.getLogger(GoogleConsent.class);

	private final GoogleOAuthProperties properties;

	private final boolean serviceAccount;

	private final GoogleAccountStore store;

	private final RefreshTokenCipher cipher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	GoogleConsent(GoogleOAuthProperties properties, GoogleProperties google, GoogleAccountStore store,
			RefreshTokenCipher cipher, Clock clock) {
		this.properties = properties;
		this.serviceAccount = StringUtils.hasText(google.credentials());
		this.store = store;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * Whether consent is set up ({@code BELLA_GOOGLE_CLIENT_ID}).
	 */
	public boolean configured() {
		return this.properties.configured();
	}

	/**
	 * Whether a service account is configured ({@code BELLA_GOOGLE_CREDENTIALS}): Bella
	 * then uses it, whatever account is connected.
	 */
	public boolean serviceAccountConfigured() {
		return this.serviceAccount;
	}

	/**
	 * A new {@code state}: 256 random bits that the consent's answer must carry back.
	 */
	public String newState() {
		byte[] state = new byte[32];
		this.random.nextBytes(state);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(state);
	}

	/**
	 * Whether the state Google sent back is the one this session was given, compared in
	 * constant time.
	 */
	public static boolean sameState(String expected, String received) {
		if (expected == null || received == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				received.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Where to send the administrator to consent: Google Calendar access, offline (a
	 * refresh token), always asking, so that Google issues a refresh token each time.
	 */
	public String consentUrl(String state, String redirectUri) {
		return new GoogleAuthorizationCodeRequestUrl(this.properties.authUrl(), this.properties.clientId(), redirectUri,
				List.of(CalendarScopes.CALENDAR))
			.setAccessType("offline")
			.set("prompt", "consent")
			.setState(state)
			.build();
	}

	/**
	 * Exchanges the code Google sent back for a refresh token and keeps it, encrypted, in
	 * place of any account connected before.
	 * @throws GoogleConsentException when Google refuses the code or sends no refresh
	 * token
	 */
	public void connect(String code, String redirectUri, String connectedBy) {
		GoogleTokenResponse tokens;
		try {
			tokens = new GoogleAuthorizationCodeTokenRequest(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
					this.properties.tokenUrl(), this.properties.clientId(), this.properties.clientSecret(), code,
					redirectUri)
				.execute();
		}
		catch (TokenResponseException ex) {
			String error = (ex.getDetails() != null) ? ex.getDetails().getError() : String.valueOf(ex.getStatusCode());
			log.warn("Google refused the consent's code: {}", error);
			throw new GoogleConsentException("Google refused the sign-in (" + error + "). Try connecting again.");
		}
		catch (IOException ex) {
			log.warn("Google's token endpoint could not be reached: {}", ex.getClass().getSimpleName());
			throw new GoogleConsentException("Google could not be reached. Try connecting again in a minute.");
		}
		if (!StringUtils.hasText(tokens.getRefreshToken())) {
			throw new GoogleConsentException("Google sent no refresh token. Remove Bella's access in your Google "
					+ "account's security settings, then connect again.");
		}
		this.store.save(this.cipher.encrypt(tokens.getRefreshToken()), this.clock.instant(), connectedBy);
	}

	/**
	 * Forgets the connected account's token.
	 * @return whether one was connected
	 */
	public boolean disconnect() {
		return this.store.delete();
	}

	/**
	 * The connected account, if there is one.
	 */
	public Optional<Connection> connection() {
		return this.store.find().map((kept) -> new Connection(kept.connectedAt(), kept.connectedBy()));
	}

	/**
	 * An account connected by consent.
	 *
	 * @param connectedAt when
	 * @param connectedBy the administrator who consented
	 */
	public record Connection(Instant connectedAt, String connectedBy) {
	}

}
