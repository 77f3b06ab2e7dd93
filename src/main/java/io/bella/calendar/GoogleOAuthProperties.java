package io.bella.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Google Calendar through an administrator's consent (OAuth), the alternative to a
 * service account: the OAuth client Bella is registered as, Google's consent and token
 * URLs, and the key that encrypts the refresh token it keeps.
 *
 * @param clientId the OAuth client's id ({@code BELLA_GOOGLE_CLIENT_ID}); blank turns
 * consent off
 * @param clientSecret the OAuth client's secret ({@code BELLA_GOOGLE_CLIENT_SECRET})
 * @param authUrl where the administrator is sent to consent
 * @param tokenUrl where codes and refresh tokens are exchanged for tokens
 * @param tokenKey base64 of the 32-byte AES key that encrypts the stored refresh token
 * ({@code BELLA_GOOGLE_TOKEN_KEY})
 */
@ConfigurationProperties("bella.google")
record GoogleOAuthProperties(String clientId, String clientSecret,
		@DefaultValue("https://accounts.google.com/o/oauth2/v2/auth") String authUrl,
		@DefaultValue("https://oauth2.googleapis.com/token") String tokenUrl, String tokenKey) {

	boolean configured() {
		return StringUtils.hasText(this.clientId);
	}

}
