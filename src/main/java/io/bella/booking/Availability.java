package io.bella.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.bella.system.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the free times a visit could be booked at.
 */
@Service
@Transactional(readOnly = true)
public class Availability {

	/** The longest span one query may cover, which keeps answers fast. */
	static final int MAX_RANGE_DAYS = 62;

	private static final Comparator<Appointments.Busy> BY_PROVIDER_AND_START = Comparator
		.comparingLong(Appointments.Busy::providerId)
		.thenComparing(Appointments.Busy::from);

	private final Schedules schedules;

	private final Appointments appointments;

	private final BookingRules rules;

	private final Clinics clinics;

	private final Providers providers;

	private final ProviderCalendars calendars;

	Availability(Schedules schedules, Appointments appointments, BookingRules rules, Clinics clinics,
			Providers providers, ProviderCalendars calendars) {
		this.schedules = schedules;
		this.appointments = appointments;
		this.rules = rules;
		this.clinics = clinics;
		this.providers = providers;
		this.calendars = calendars;
	}

	/**
	 * Every bookable slot between two dates, earliest first.
	 */
	public List<Slot> find(AvailabilityQuery query) {
		LocalDate to = (query.to() != null) ? query.to() : query.from();
		if (to.isBefore(query.from())) {
			throw new InvalidRequestException("to", "must not be before date");
		}
		if (ChronoUnit.DAYS.between(query.from(), to) >= MAX_RANGE_DAYS) {
			throw new InvalidRequestException("to", "a query may cover at most " + MAX_RANGE_DAYS + " days");
		}
		Visit visit = this.rules.visit(query.appointmentTypeId(), query.durationMin());
		Instant now = this.rules.now();
		return search(visit, query.providerId(), query.from(), to, this.rules.earliestStart(now),
				this.rules.latestStart(now), Integer.MAX_VALUE, query.ignoringAppointmentId());
	}

	/**
	 * The first {@code limit} bookable slots at or after {@code notBefore}, looking as
	 * far ahead as bookings are allowed.
	 */
	public List<Slot> firstAvailable(Instant notBefore, Long appointmentTypeId, Integer durationMin, Long providerId,
			int limit) {
		return first(this.rules.visit(appointmentTypeId, durationMin), notBefore, providerId, limit, null);
	}

	/**
	 * The first slot a visit could take, with the provider when one is named; the time of
	 * an appointment being moved counts as free.
	 */
	Optional<Slot> firstSlot(Visit visit, Long providerId, Long movingAppointmentId) {
		return first(visit, null, providerId, 1, movingAppointmentId).stream().findFirst();
	}

	private List<Slot> first(Visit visit, Instant notBefore, Long providerId, int limit, Long ignoringAppointmentId) {
		Instant now = this.rules.now();
		Instant earliest = this.rules.earliestStart(now);
		if (notBefore != null && notBefore.isAfter(earliest)) {
			earliest = notBefore;
		}
		Instant latest = this.rules.latestStart(now);
		ZoneId zone = this.clinics.timeZone();
		LocalDate date = LocalDate.ofInstant(earliest, zone);
		LocalDate last = LocalDate.ofInstant(latest, zone);
		List<Slot> found = new ArrayList<>();
		while (!date.isAfter(last) && found.size() < limit) {
			LocalDate chunkEnd = date.plusDays(13).isAfter(last) ? last : date.plusDays(13);
			found.addAll(search(visit, providerId, date, chunkEnd, earliest, latest, limit - found.size(),
					ignoringAppointmentId));
			date = chunkEnd.plusDays(1);
		}
		return found;
	}

	private List<Slot> search(Visit visit, Long providerId, LocalDate from, LocalDate to, Instant earliest,
			Instant latest, int limit, Long ignoringAppointmentId) {
		ZoneId zone = this.clinics.timeZone();
		Map<Long, ProviderSchedule> all = this.schedules.load(from, to);
		Map<Long, ProviderSchedule> chosen = all;
		if (providerId != null) {
			this.providers.findById(providerId).orElseThrow(() -> new NotFoundException("provider", providerId));
			chosen = new LinkedHashMap<>();
			if (all.containsKey(providerId)) {
				chosen.put(providerId, all.get(providerId));
			}
		}
		if (!visit.providerIds().isEmpty()) {
			chosen = new LinkedHashMap<>(chosen);
			chosen.keySet().removeIf((id) -> !visit.offeredBy(id));
		}
		if (chosen.isEmpty()) {
			return List.of();
		}
		Instant windowStart = from.atStartOfDay(zone).toInstant();
		Instant windowEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<Appointments.Busy> busy = this.appointments.busy(List.copyOf(chosen.keySet()), windowStart, windowEnd,
				ignoringAppointmentId);
		List<Appointments.Busy> calendarBusy = this.calendars.busy(chosen.keySet(), windowStart, windowEnd);
		if (!calendarBusy.isEmpty()) {
			busy = Stream.concat(busy.stream(), calendarBusy.stream()).sorted(BY_PROVIDER_AND_START).toList();
		}
		return AvailabilityCalculator.slots(chosen, busy, visit, zone, from, to, earliest, latest, this.rules.grid(),
				limit);
	}

}
