package io.bella.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.bella.system.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The times providers are busy in their own calendars, as an import last read them. They
 * block availability and bookings for the voice assistant, the API and the dashboard
 * alike; for a provider with a calendar, times no recent import covers are blocked too.
 */
@Service
public class ExternalBusyTimes {

	private final BusyBlocks blocks;

	private final ProviderCalendars calendars;

	private final Providers providers;

	private final Clinics clinics;

	ExternalBusyTimes(BusyBlocks blocks, ProviderCalendars calendars, Providers providers, Clinics clinics) {
		this.blocks = blocks;
		this.calendars = calendars;
		this.providers = providers;
		this.clinics = clinics;
	}

	/**
	 * Replaces, in one transaction, what is known of the provider's calendar between
	 * {@code coversFrom} and {@code coversTo} with {@code busy}, and records the import.
	 * @param importedAt when the calendar was read
	 * @throws NotFoundException when the provider is unknown
	 */
	@Transactional
	public BusyCoverage replace(long providerId, Instant coversFrom, Instant coversTo, List<BusyBlock> busy,
			Instant importedAt) {
		if (!coversTo.isAfter(coversFrom)) {
			throw new InvalidRequestException("covers_to", "must be after covers_from");
		}
		this.providers.lock(providerId);
		BusyCoverage coverage = new BusyCoverage(providerId, importedAt, coversFrom, coversTo);
		this.blocks.replace(coverage, List.copyOf(busy));
		return coverage;
	}

	/**
	 * Locks the provider until the transaction ends and tells whether {@code calendarId}
	 * is still their calendar: an import of a calendar unlinked meanwhile must not be
	 * stored.
	 * @throws NotFoundException when the provider is unknown
	 */
	@Transactional
	public boolean isLinked(long providerId, String calendarId) {
		this.providers.lock(providerId);
		return this.providers.findById(providerId)
			.filter((provider) -> calendarId != null && calendarId.equals(provider.googleCalendarId()))
			.isPresent();
	}

	/**
	 * The provider's last import, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<BusyCoverage> lastImport(long providerId) {
		return this.blocks.lastImport(providerId);
	}

	/**
	 * The active providers with a calendar whose last import is missing or older than
	 * {@link #maxAge()} at {@code now}, by id.
	 */
	@Transactional(readOnly = true)
	public List<StaleCalendar> stale(Instant now) {
		return this.providers.findAll()
			.stream()
			.filter((provider) -> provider.active() && provider.hasCalendar())
			.flatMap((provider) -> {
				Optional<BusyCoverage> last = this.blocks.lastImport(provider.id());
				return last.filter((coverage) -> coverage.isFresh(now, maxAge())).isPresent() ? Stream.empty()
						: Stream.of(new StaleCalendar(provider.id(), provider.name(),
								last.map(BusyCoverage::importedAt).orElse(null)));
			})
			.toList();
	}

	/**
	 * The age after which imported busy times no longer count, and the provider is
	 * blocked ({@code bella.booking.external-busy-max-age}).
	 */
	public Duration maxAge() {
		return this.calendars.maxAge();
	}

	/**
	 * How far ahead of now bookings may be made, and so how far ahead an import must read
	 * for every bookable time to be covered.
	 */
	public Duration horizon() {
		return this.clinics.bookingRules().maximumAdvance();
	}

}
