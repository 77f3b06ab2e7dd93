package io.bella.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.bella.booking.Appointments.Busy;
import io.bella.booking.BookingRuleException.Rule;

import org.springframework.stereotype.Component;

/**
 * Turns what providers' own calendars say into time they cannot be booked: the busy
 * blocks of the last import, and, for a provider with a calendar, every time that no
 * import younger than the maximum age covers. It never fails open: busy data that is
 * missing or old blocks the provider rather than letting a booking clash with a meeting
 * the import has not seen.
 */
@Component
class ProviderCalendars {

	/**
	 * How far past the searched window an uncovered span reaches, so that a visit's
	 * buffers, which reach beyond its day, meet it too.
	 */
	private static final Duration MARGIN = Duration.ofDays(1);

	private final BusyBlocks blocks;

	private final Schedules schedules;

	private final Duration maxAge;

	private final Clock clock;

	ProviderCalendars(BusyBlocks blocks, Schedules schedules, ExternalBusyProperties properties, Clock clock) {
		this.blocks = blocks;
		this.schedules = schedules;
		this.maxAge = properties.externalBusyMaxAge();
		this.clock = clock;
	}

	Duration maxAge() {
		return this.maxAge;
	}

	/**
	 * The spans in [from, to) in which the providers' calendars forbid bookings, in no
	 * particular order; none, without reading anything, when none of them has a calendar.
	 */
	List<Busy> busy(Collection<Long> providerIds, Instant from, Instant to) {
		Set<Long> withCalendar = this.schedules.withCalendar();
		Set<Long> synced = providerIds.stream().filter(withCalendar::contains).collect(Collectors.toSet());
		if (synced.isEmpty()) {
			return List.of();
		}
		BusyBlocks.Read read = this.blocks.read(synced, from, to);
		Instant now = this.clock.instant();
		List<Busy> busy = new ArrayList<>(read.blocks());
		Instant before = from.minus(MARGIN);
		Instant after = to.plus(MARGIN);
		for (long providerId : synced) {
			BusyCoverage coverage = read.imports().get(providerId);
			if (coverage == null || !coverage.isFresh(now, this.maxAge)) {
				busy.add(new Busy(providerId, before, after));
				continue;
			}
			if (coverage.coversFrom().isAfter(from)) {
				busy.add(new Busy(providerId, before, coverage.coversFrom()));
			}
			if (coverage.coversTo().isBefore(to)) {
				busy.add(new Busy(providerId, coverage.coversTo(), after));
			}
		}
		return busy;
	}

	/**
	 * Refuses [from, to) (buffers included) when the provider's calendar is busy then or
	 * has not been imported recently enough to know.
	 * @throws BookingRuleException naming which
	 */
	void check(long providerId, Instant from, Instant to) {
		if (!this.schedules.withCalendar().contains(providerId)) {
			return;
		}
		BusyBlocks.Read read = this.blocks.read(Set.of(providerId), from, to);
		BusyCoverage coverage = read.imports().get(providerId);
		if (coverage == null || !coverage.isFresh(this.clock.instant(), this.maxAge) || !coverage.covers(from, to)) {
			throw new BookingRuleException(Rule.CALENDAR_NOT_SYNCHRONISED,
					"This provider's calendar has not been synchronised recently, so they cannot be booked at that "
							+ "time until it is.");
		}
		if (!read.blocks().isEmpty()) {
			throw new BookingRuleException(Rule.CALENDAR_BUSY, "The provider is busy then in their own calendar.");
		}
	}

}
