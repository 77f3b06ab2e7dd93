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
 * that has credentials. Without any, Google Calendar is off and says so once.
 */
@Component
class GoogleCalendars {

	private static final Logger log = LoggerFactory.getLogger(GoogleCalendars.class);

	private final Calendar client;

	GoogleCalendars(GoogleProperties properties, ObjectProvider<GoogleCredentialSource> sources) {
		this.client = sources.orderedStream()
			.map(GoogleCredentialSource::credentials)
			.flatMap(Optional::stream)
			.findFirst()
			.map((credentials) -> build(properties, credentials))
			.orElse(null);
	}

	boolean enabled() {
		return this.client != null;
	}

	/**
	 * The client.
	 * @return the client, or empty when Google Calendar is off
	 */
	Optional<Calendar> client() {
		return Optional.ofNullable(this.client);
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportOnce() {
		if (!enabled()) {
			log.info("Google Calendar is off: set BELLA_GOOGLE_CREDENTIALS to write appointments to the providers' "
					+ "calendars");
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

}
