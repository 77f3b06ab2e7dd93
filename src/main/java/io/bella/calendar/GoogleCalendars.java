package io.bella.calendar;

import java.util.Optional;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Google Calendar API client, built with the first {@link GoogleCredentialSource}
 * that has credentials: the service account's key, else the account an administrator
 * connected by consent. The sources are asked at each use, so that an account connected
 * or disconnected while Bella runs counts at once. Without any, Google Calendar is off
 * and says so once.
 */
@Component
class GoogleCalendars {

	private static final Logger log = LoggerFactory.getLogger(GoogleCalendars.class);

	private final GoogleProperties properties;

	private final ObjectProvider<GoogleCredentialSource> sources;

	/** The client of the credentials last used, rebuilt only when they change. */
	private Built built;

	GoogleCalendars(GoogleProperties properties, ObjectProvider<GoogleCredentialSource> sources) {
		this.properties = properties;
		this.sources = sources;
	}

	boolean enabled() {
		return client().isPresent();
	}

	/**
	 * The client.
	 * @return the client, or empty when Google Calendar is off
	 */
	Optional<Calendar> client() {
		return this.sources.orderedStream()
			.map(GoogleCredentialSource::credentials)
			.flatMap(Optional::stream)
			.findFirst()
			.map(this::client);
	}

	private synchronized Calendar client(GoogleCredentials credentials) {
		if (this.built == null || this.built.credentials() != credentials) {
			this.built = new Built(credentials, build(this.properties, credentials));
		}
		return this.built.client();
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportOnce() {
		if (!enabled()) {
			log.info("Google Calendar is off: set BELLA_GOOGLE_CREDENTIALS, or BELLA_GOOGLE_CLIENT_ID and connect a "
					+ "Google account in the dashboard's Settings, to write appointments to the providers' calendars");
		}
	}

	private static Calendar build(GoogleProperties properties, GoogleCredentials credentials) {
		HttpCredentialsAdapter authorization = new HttpCredentialsAdapter(credentials);
		int timeout = Math.toIntExact(properties.timeout().toMillis());
		HttpRequestInitializer initializer = (request) -> {
			authorization.initialize(request);
			request.setConnectTimeout(timeout);
			request.setReadTimeout(timeout);
		};
		return new Calendar.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), initializer)
			.setRootUrl(properties.calendarRootUrl())
			.setApplicationName("Bella")
			.build();
	}

	private record Built(GoogleCredentials credentials, Calendar client) {
	}

}
