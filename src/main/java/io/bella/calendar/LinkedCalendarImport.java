package io.bella.calendar;

import io.bella.booking.ProviderCalendarChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Imports a provider's busy times as soon as their Google calendar is linked or changed,
 * after the change commits: until a first import, availability never fails open and the
 * provider cannot be booked. A failed import is left to the next refresh; an unlinked
 * calendar needs none (booking dropped the former busy times with the link).
 */
@Component
class LinkedCalendarImport {

	static final String LISTENER = "calendar-busy-import-linked";

	private static final Logger log = LoggerFactory.getLogger(LinkedCalendarImport.class);

	private final BusyImport busyImport;

	private final GoogleBusyReader reader;

	LinkedCalendarImport(BusyImport busyImport, GoogleBusyReader reader) {
		this.busyImport = busyImport;
		this.reader = reader;
	}

	// no transaction held while Google is asked, as on the periodic refresh
	@ApplicationModuleListener(id = LISTENER, propagation = Propagation.NOT_SUPPORTED)
	void on(ProviderCalendarChanged event) {
		if (!event.linked() || !this.reader.enabled()) {
			return;
		}
		try {
			this.busyImport.importNow(event.providerId());
		}
		catch (RuntimeException ex) {
			log.warn("Could not import the busy times of provider {}'s newly linked calendar (the next refresh "
					+ "tries again): {}", event.providerId(), ex.getMessage());
		}
	}

}
