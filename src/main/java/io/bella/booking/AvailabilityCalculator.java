package io.bella.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.bella.booking.Appointments.Busy;

/**
 * Computes free slots from schedules and busy time. Pure, so that it can be tested (and
 * benchmarked) without a database.
 */
final class AvailabilityCalculator {

	private static final Comparator<Slot> BY_START = Comparator.comparing(Slot::startsAt)
		.thenComparingLong(Slot::providerId);

	private AvailabilityCalculator() {
	}

	/**
	 * Free slots, earliest first, stopping after the first date that reaches
	 * {@code limit}.
	 * @param schedules the providers to consider, in preference order
	 * @param busy booked time of those providers, sorted by provider then start
	 * @param earliest no slot starts before this
	 * @param latest no slot starts after this
	 */
	static List<Slot> slots(Map<Long, ProviderSchedule> schedules, List<Busy> busy, Visit visit, ZoneId zone,
			LocalDate from, LocalDate to, Instant earliest, Instant latest, Duration grid, int limit) {
		Map<Long, List<Busy>> busyByProvider = new HashMap<>();
		for (Busy span : busy) {
			busyByProvider.computeIfAbsent(span.providerId(), (id) -> new ArrayList<>()).add(span);
		}
		Map<Long, int[]> cursors = new HashMap<>();
		long gridMinutes = grid.toMinutes();
		List<Slot> result = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			List<Slot> day = new ArrayList<>();
			ZoneOffset offset = fixedOffset(zone, date);
			for (ProviderSchedule schedule : schedules.values()) {
				List<Busy> providerBusy = busyByProvider.getOrDefault(schedule.providerId(), List.of());
				int[] cursor = cursors.computeIfAbsent(schedule.providerId(), (id) -> new int[1]);
				for (TimeRange range : schedule.workingTime(date)) {
					long minute = ceil(range.start().toSecondOfDay() / 60, gridMinutes);
					for (; minute < 24 * 60; minute += gridMinutes) {
						LocalDateTime localStart = date.atTime(LocalTime.ofSecondOfDay(minute * 60));
						Instant startInstant;
						LocalDateTime localEnd;
						if (offset != null) {
							// the common case: no daylight-saving change that day, so
							// plain arithmetic holds
							startInstant = localStart.toInstant(offset);
							localEnd = localStart.plus(visit.duration());
						}
						else {
							ZonedDateTime start = ZonedDateTime.of(localStart, zone);
							if (!start.toLocalDateTime().equals(localStart)) {
								continue; // skipped by a daylight-saving gap
							}
							startInstant = start.toInstant();
							localEnd = LocalDateTime.ofInstant(startInstant.plus(visit.duration()), zone);
						}
						Instant endInstant = startInstant.plus(visit.duration());
						if (!localEnd.toLocalDate().equals(date) || localEnd.toLocalTime().isAfter(range.end())) {
							break;
						}
						if (startInstant.isBefore(earliest)) {
							continue;
						}
						if (startInstant.isAfter(latest)) {
							break;
						}
						if (isFree(providerBusy, cursor, visit.blockedFrom(startInstant),
								visit.blockedTo(startInstant))) {
							day.add(new Slot(schedule.providerId(), startInstant, endInstant));
						}
					}
				}
			}
			day.sort(BY_START);
			result.addAll(day);
			if (result.size() >= limit) {
				return List.copyOf(result.subList(0, limit));
			}
		}
		return result;
	}

	/**
	 * Whether [from, to) misses all busy spans; {@code cursor} remembers how far the
	 * (sorted, non-overlapping) spans have been passed, since candidates only move
	 * forward in time.
	 */
	private static boolean isFree(List<Busy> busy, int[] cursor, Instant from, Instant to) {
		int index = cursor[0];
		while (index < busy.size() && !busy.get(index).to().isAfter(from)) {
			index++;
		}
		cursor[0] = index;
		for (int i = index; i < busy.size() && busy.get(i).from().isBefore(to); i++) {
			if (busy.get(i).to().isAfter(from)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The zone's offset for the whole date, or {@code null} when it changes that day.
	 */
	private static ZoneOffset fixedOffset(ZoneId zone, LocalDate date) {
		ZoneRules rules = zone.getRules();
		Instant startOfDay = date.atStartOfDay(zone).toInstant();
		ZoneOffsetTransition next = rules.nextTransition(startOfDay.minusSeconds(1));
		if (next != null && next.getInstant().isBefore(startOfDay.plusSeconds(26 * 3600))) {
			return null;
		}
		return rules.getOffset(startOfDay);
	}

	private static long ceil(long value, long step) {
		return ((value + step - 1) / step) * step;
	}

}
