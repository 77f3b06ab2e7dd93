package io.bella.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.api.services.calendar.CalendarScopes;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A service account's JSON key ({@code BELLA_GOOGLE_CREDENTIALS}), acting on the
 * calendars shared with the account, or as a Workspace user with domain-wide delegation.
 * The key is read once, at start-up, so that a wrong path stops Bella there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceAccountCredentialSource implements GoogleCredentialSource {

	private static final String FIX = "Set BELLA_GOOGLE_CREDENTIALS to the path of the service account's JSON key "
			+ "(docs/calendars.md), or unset it to keep Google Calendar off.";

	private final GoogleCredentials credentials;

	ServiceAccountCredentialSource(GoogleProperties properties) {
		this.credentials = StringUtils.hasText(properties.credentials())
				? read(Path.of(properties.credentials().strip()), properties.delegatedUser()) : null;
	}

	@Override
	public Optional<GoogleCredentials> credentials() {
		return Optional.ofNullable(this.credentials);
	}

	private static GoogleCredentials read(Path key, String delegatedUser) {
		ServiceAccountCredentials account;
		try (InputStream in = Files.newInputStream(key)) {
			account = ServiceAccountCredentials.fromStream(in);
		}
		catch (NoSuchFileException ex) {
			throw new GoogleSettingException("BELLA_GOOGLE_CREDENTIALS=" + key + " does not exist.", FIX);
		}
		catch (IOException | RuntimeException ex) {
			// the library's message may quote the key; the line names the file only
			throw new GoogleSettingException("BELLA_GOOGLE_CREDENTIALS=" + key
					+ " cannot be read as a service account's JSON key (" + ex.getClass().getSimpleName() + ").", FIX);
		}
		GoogleCredentials scoped = account.createScoped(List.of(CalendarScopes.CALENDAR));
		return StringUtils.hasText(delegatedUser) ? scoped.createDelegated(delegatedUser.strip()) : scoped;
	}

}
