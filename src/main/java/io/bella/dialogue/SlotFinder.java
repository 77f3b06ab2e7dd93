package io.bella.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.bella.booking.Availability;
import io.bella.booking.AvailabilityQuery;
import io.bella.booking.Slot;
import io.bella.dialogue.CallSession.SlotOption;
import io.bella.extraction.Intent;

import org.springframework.stereotype.Component;

/**
 * Picks two or three concrete times to offer a caller, as near as possible to what they
 * asked for. Every search is bounded to a couple of weeks so that a turn stays fast.
 */
@Component
class SlotFinder {

	/** How far a search without a date looks ahead. */
	static final int SEARCH_DAYS = 14;

	/** How many further days are tried when the requested day has nothing. */
	static final int FALLBACK_DAYS = 7;

	static final int MAX_OPTIONS = 3;

	private static final Duration SPACING = Duration.ofMinutes(90);

	private final Availability availability;

	SlotFinder(Availability availability) {
		this.availability = availability;
	}

	/**
	 * The first time a visit of this kind can be booked, with any provider, as far ahead
	 * as bookings are allowed.
	 */
	Optional<SlotOption> earliest(long appointmentTypeId) {
		return this.availability.firstAvailable(null, appointmentTypeId, null, null, 1)
			.stream()
			.findFirst()
			.map((slot) -> new SlotOption(slot.providerId(), slot.startsAt(), slot.endsAt()));
	}

	Search find(Criteria criteria, LocalDate today, ZoneId zone) {
		LocalDate from;
		LocalDate to;
		if (criteria.date() != null) {
			from = criteria.date();
			to = criteria.date();
		}
		else if (criteria.rangeFrom() != null || criteria.rangeTo() != null) {
			from = (criteria.rangeFrom() != null && criteria.rangeFrom().isAfter(today)) ? criteria.rangeFrom() : today;
			to = (criteria.rangeTo() != null) ? criteria.rangeTo() : from.plusDays(SEARCH_DAYS - 1);
			if (to.isAfter(from.plusDays(SEARCH_DAYS - 1))) {
				to = from.plusDays(SEARCH_DAYS - 1);
			}
		}
		else {
			from = today;
			to = today.plusDays(SEARCH_DAYS - 1);
		}
		if (from.isBefore(today) || to.isBefore(from)) {
			// a day already gone: offer what is next rather than nothing
			return fallback(criteria, today, today.plusDays(SEARCH_DAYS - 1), zone);
		}
		List<Slot> slots = inWindow(query(criteria, from, to, zone), criteria, zone);
		if (criteria.limits().latestFirst() && criteria.time() == null && !slots.isEmpty()) {
			return new Search(options(latest(slots, zone, from.equals(to) ? 2 : 1)), Match.NEAR);
		}
		if (criteria.time() != null) {
			List<Slot> exact = slots.stream().filter((slot) -> localTime(slot, zone).equals(criteria.time())).toList();
			if (!exact.isEmpty()) {
				return new Search(options(firstPerDay(exact, zone, (criteria.date() != null) ? 1 : MAX_OPTIONS)),
						Match.EXACT);
			}
			if (!slots.isEmpty()) {
				return new Search(options(nearest(slots, criteria.time(), zone)), Match.NEAR);
			}
		}
		else if (!slots.isEmpty()) {
			return new Search(options(spread(slots, zone, (from.equals(to)) ? MAX_OPTIONS : 2)), Match.NEAR);
		}
		return fallback(criteria, to.plusDays(1), to.plusDays(FALLBACK_DAYS), zone);
	}

	private Search fallback(Criteria criteria, LocalDate from, LocalDate to, ZoneId zone) {
		List<Slot> later = query(criteria, from, to, zone);
		List<Slot> preferred = inWindow(later, criteria, zone);
		List<Slot> pool = preferred.isEmpty() ? later : preferred;
		if (pool.isEmpty()) {
			return new Search(List.of(), Match.NONE);
		}
		if (criteria.time() != null) {
			List<Slot> firstDay = pool.stream()
				.filter((slot) -> localDate(slot, zone).equals(localDate(pool.get(0), zone)))
				.toList();
			return new Search(options(nearest(firstDay, criteria.time(), zone)), Match.ELSEWHERE);
		}
		return new Search(options(spread(pool, zone, 2)), Match.ELSEWHERE);
	}

	private List<Slot> query(Criteria criteria, LocalDate from, LocalDate to, ZoneId zone) {
		Integer duration = (criteria.appointmentTypeId() != null) ? null
				: (criteria.durationMin() != null) ? criteria.durationMin() : 30;
		List<Slot> found = this.availability.find(new AvailabilityQuery(from, to, criteria.appointmentTypeId(),
				duration, criteria.providerId(), criteria.moving()));
		// one option per start time: the caller chooses a time, the first free provider
		// comes with it
		Map<Instant, Slot> byStart = new LinkedHashMap<>();
		for (Slot slot : found) {
			if (!Objects.equals(criteria.limits().notWith(), slot.providerId())
					&& criteria.allows(slot.startsAt(), zone)) {
				byStart.putIfAbsent(slot.startsAt(), slot);
			}
		}
		return new ArrayList<>(byStart.values());
	}

	/**
	 * The latest times of each day, at most {@code perDay} a day, read in time order.
	 */
	private static List<Slot> latest(List<Slot> slots, ZoneId zone, int perDay) {
		List<Slot> lateFirst = slots.stream()
			.sorted(Comparator.comparing((Slot slot) -> localDate(slot, zone))
				.thenComparing(Slot::startsAt, Comparator.reverseOrder()))
			.toList();
		return spread(lateFirst, zone, perDay).stream().sorted(Comparator.comparing(Slot::startsAt)).toList();
	}

	private List<Slot> inWindow(List<Slot> slots, Criteria criteria, ZoneId zone) {
		if (criteria.windowFrom() == null && criteria.windowTo() == null) {
			return slots;
		}
		return slots.stream().filter((slot) -> {
			LocalTime time = localTime(slot, zone);
			return (criteria.windowFrom() == null || !time.isBefore(criteria.windowFrom()))
					&& (criteria.windowTo() == null || time.isBefore(criteria.windowTo()));
		}).toList();
	}

	private static List<Slot> firstPerDay(List<Slot> slots, ZoneId zone, int limit) {
		Map<LocalDate, Slot> byDay = new LinkedHashMap<>();
		for (Slot slot : slots) {
			byDay.putIfAbsent(localDate(slot, zone), slot);
		}
		return byDay.values().stream().limit(limit).toList();
	}

	private static List<Slot> nearest(List<Slot> slots, LocalTime time, ZoneId zone) {
		LocalDate firstDay = localDate(slots.get(0), zone);
		return slots.stream()
			.filter((slot) -> localDate(slot, zone).equals(firstDay))
			.sorted(Comparator
				.comparingLong((Slot slot) -> Math.abs(Duration.between(time, localTime(slot, zone)).toMinutes())))
			.limit(2)
			.sorted(Comparator.comparing(Slot::startsAt))
			.toList();
	}

	/**
	 * Times that differ enough to be a real choice, at most {@code perDay} on one day.
	 */
	private static List<Slot> spread(List<Slot> slots, ZoneId zone, int perDay) {
		List<Slot> chosen = new ArrayList<>();
		Map<LocalDate, Integer> counts = new HashMap<>();
		for (Slot slot : slots) {
			LocalDate day = localDate(slot, zone);
			if (counts.getOrDefault(day, 0) >= perDay) {
				continue;
			}
			Slot previous = chosen.isEmpty() ? null : chosen.get(chosen.size() - 1);
			if (previous != null && localDate(previous, zone).equals(day)
					&& Duration.between(previous.startsAt(), slot.startsAt()).abs().compareTo(SPACING) < 0) {
				continue;
			}
			chosen.add(slot);
			counts.merge(day, 1, Integer::sum);
			if (chosen.size() == MAX_OPTIONS) {
				break;
			}
		}
		return chosen;
	}

	private static List<SlotOption> options(List<Slot> slots) {
		return slots.stream().map((slot) -> new SlotOption(slot.providerId(), slot.startsAt(), slot.endsAt())).toList();
	}

	private static LocalTime localTime(Slot slot, ZoneId zone) {
		return ZonedDateTime.ofInstant(slot.startsAt(), zone).toLocalTime();
	}

	private static LocalDate localDate(Slot slot, ZoneId zone) {
		return ZonedDateTime.ofInstant(slot.startsAt(), zone).toLocalDate();
	}

	/**
	 * What the caller asked for; any part may be {@code null}, except the limits and the
	 * refused times, which may be empty.
	 */
	record Criteria(LocalDate date, LocalTime time, LocalTime windowFrom, LocalTime windowTo, LocalDate rangeFrom,
			LocalDate rangeTo, Long appointmentTypeId, Integer durationMin, Long providerId, Long moving,
			When.Limits limits, Set<Instant> refused) {

		Criteria {
			limits = (limits != null) ? limits : When.Limits.NONE;
			refused = (refused != null) ? Set.copyOf(refused) : Set.of();
		}

		static Criteria of(CallSession session) {
			When when = session.when();
			Request request = session.request();
			// when moving an appointment, its own time is free for the new one
			return new Criteria(when.date(), when.time(), when.windowFrom(), when.windowTo(), when.rangeFrom(),
					when.rangeTo(), request.appointmentTypeId(), request.durationMin(), request.providerId(),
					request.is(Intent.RESCHEDULE) ? session.existing().targetId() : null, when.limits(),
					new HashSet<>(session.offer().refused()));
		}

		/**
		 * Whether a time starting then is not ruled out: not refused (unless it is the
		 * very day and time asked for), not on a weekday or a day ruled out (unless that
		 * day is asked for).
		 */
		boolean allows(Instant startsAt, ZoneId zone) {
			ZonedDateTime local = startsAt.atZone(zone);
			LocalDate day = local.toLocalDate();
			boolean askedFor = day.equals(this.date) && local.toLocalTime().equals(this.time);
			return (askedFor || !this.refused.contains(startsAt))
					&& (day.equals(this.date) || (!this.limits.notOnDays().contains(day.getDayOfWeek())
							&& !this.limits.notOnDates().contains(day)));
		}

		/**
		 * Whether an option read out earlier still fits what is asked for now, by day and
		 * time of day.
		 */
		boolean fits(SlotOption option, ZoneId zone) {
			ZonedDateTime local = option.startsAt().atZone(zone);
			LocalDate day = local.toLocalDate();
			LocalTime time = local.toLocalTime();
			return allows(option.startsAt(), zone) && (this.date == null || this.date.equals(day))
					&& (this.rangeFrom == null || !day.isBefore(this.rangeFrom))
					&& (this.rangeTo == null || !day.isAfter(this.rangeTo))
					&& (this.windowFrom == null || !time.isBefore(this.windowFrom))
					&& (this.windowTo == null || time.isBefore(this.windowTo));
		}

	}

	/**
	 * The options found and how they relate to the request.
	 */
	record Search(List<SlotOption> options, Match match) {
	}

	enum Match {

		/** The very time asked for. */
		EXACT,
		/** On the day or in the window asked for, at other times. */
		NEAR,
		/** Nothing where asked; these are the next openings after it. */
		ELSEWHERE,
		/** Nothing at all. */
		NONE

	}

}
