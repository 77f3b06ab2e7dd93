package io.bella.calendar;

import java.util.Optional;

import com.google.auth.oauth2.GoogleCredentials;

/**
 * One way Bella may hold credentials for Google Calendar. {@link GoogleCalendars} uses
 * the first source, in {@code @Order}, that has them.
 */
interface GoogleCredentialSource {

	/**
	 * The credentials, scoped for Google Calendar and ready to use.
	 * @return the credentials, or empty when this source is not configured
	 */
	Optional<GoogleCredentials> credentials();

}
