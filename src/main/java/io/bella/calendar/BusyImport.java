package io.bella.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.bella.booking.BusyCoverage;
import io.bella.booking.ExternalBusyTimes;
import io.bella.booking.NotFoundException;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.calendar.BusyEventStore.SyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports the busy times of each provider's Google calendar into booking, every
 * {@code bella.google.busy-refresh} on one instance (a claim per interval, and one per
 * provider) and on demand. The first read, and one a day after, covers from now to the
 * booking horizon and a day more; reads in between fetch only what changed, through the
 * sync token, and a token Google no longer knows (410) starts a full read again.
 */
@Component
public class BusyImport {

	private static final Logger log = LoggerFactory.getLogger(BusyImport.class);

	/**
	 * How far past the booking horizon a full read reaches, so that it holds for a day.
	 */
	private static final Duration DAY = Duration.ofDays(1);

	private final GoogleBusyReader reader;

	private final BusyEventStore store;

	private final ExternalBusyTimes busyTimes;

	private final Providers providers;

	private final BusyRefreshProperties properties;

	private final Clock clock;

	BusyImport(GoogleBusyReader reader, BusyEventStore store, ExternalBusyTimes busyTimes, Providers providers,
			BusyRefreshProperties properties, Clock clock) {
		this.reader = reader;
		this.store = store;
		this.busyTimes = busyTimes;
		this.providers = providers;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenCalendarsCannotBeRead() {
		List<Provider> linked = linked();
		if (!linked.isEmpty() && !this.reader.enabled()) {
			log.warn(
					"{} provider(s) have a Google calendar id but Google Calendar is not configured "
							+ "(BELLA_GOOGLE_CREDENTIALS): nobody can book them until their busy times are imported",
					linked.size());
		}
	}

	/**
	 * Imports every linked provider's busy times whose claim this instance wins (on a
	 * schedule, {@link BusyRefresh} runs it).
	 */
	void refresh() {
		if (!this.reader.enabled()) {
			return;
		}
		for (Provider provider : linked()) {
			Instant now = this.clock.instant();
			if (!this.store.claim(provider.id(), now, now.plus(this.properties.claim()))) {
				continue;
			}
			try {
				run(provider);
			}
			catch (RuntimeException ex) {
				log.warn("Could not import the busy times of provider {}: {}", provider.id(), ex.getMessage());
			}
		}
	}

	/**
	 * Imports one provider's busy times now.
	 * @throws NotFoundException when there is no such provider
	 * @throws CalendarSyncRefusedException when the provider has no calendar or Google is
	 * not configured
	 * @throws CalendarUnavailableException when Google cannot be read now
	 */
	public Imported importNow(long providerId) {
		Provider provider = this.providers.findById(providerId)
			.orElseThrow(() -> new NotFoundException("provider", providerId));
		if (!provider.hasCalendar()) {
			throw new CalendarSyncRefusedException("Provider " + providerId + " has no google_calendar_id.");
		}
		if (!this.reader.enabled()) {
			throw new CalendarSyncRefusedException(
					"Google Calendar is not configured (BELLA_GOOGLE_CREDENTIALS), so busy times cannot be read.");
		}
		return run(provider);
	}

	private Imported run(Provider provider) {
		String calendarId = provider.googleCalendarId();
		Instant now = this.clock.instant();
		Instant needed = now.plus(this.busyTimes.horizon());
		SyncState known = this.store.state(provider.id()).orElse(new SyncState(null, null, null));
		BusyChanges changes = null;
		SyncState read = known;
		if (calendarId.equals(known.calendarId()) && known.syncToken() != null && known.coversTo() != null
				&& !known.coversTo().isBefore(needed)) {
			try {
				changes = this.reader.since(calendarId, known.syncToken());
			}
			catch (SyncTokenExpiredException ex) {
				log.info("Google forgot the sync token of provider {}'s calendar: reading it whole", provider.id());
			}
		}
		if (changes == null) {
			read = new SyncState(calendarId, null, needed.plus(DAY));
			changes = this.reader.full(calendarId, now, read.coversTo());
		}
		BusyCoverage coverage = this.store.store(provider.id(), read, changes, now);
		int blocks = this.store.blocks(provider.id(), now, coverage.coversTo());
		log.info("Imported {} busy time(s) of provider {} ({} read)", blocks, provider.id(),
				changes.full() ? "full" : "incremental");
		return new Imported(provider.id(), blocks, coverage.importedAt());
	}

	private List<Provider> linked() {
		return this.providers.findAll().stream().filter((p) -> p.active() && p.hasCalendar()).toList();
	}

	/**
	 * What one import did.
	 *
	 * @param providerId the provider
	 * @param busyBlocks the busy times now known from now to the end of the window
	 * @param importedAt when the calendar was read
	 */
	public record Imported(long providerId, int busyBlocks, Instant importedAt) {
	}

}
