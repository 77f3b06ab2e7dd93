package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * When the caller would like to come in: a day or a range of days, a time or a window of
 * the day, and what they ruled out. Any part may be {@code null}.
 *
 * @param date the day asked for
 * @param time the time asked for
 * @param windowFrom the start of the part of the day asked for
 * @param windowTo the end of the part of the day asked for (exclusive)
 * @param rangeFrom the first day of a range asked for
 * @param rangeTo the last day of a range asked for
 * @param limits the days, dates and provider ruled out and the order asked for; never
 * {@code null}
 */
record When(LocalDate date, LocalTime time, LocalTime windowFrom, LocalTime windowTo, LocalDate rangeFrom,
		LocalDate rangeTo, Limits limits) {

	/** Nothing said about when yet. */
	static final When ANY = new When(null, null, null, null, null, null);

	When {
		limits = (limits != null) ? limits : Limits.NONE;
	}

	When(LocalDate date, LocalTime time, LocalTime windowFrom, LocalTime windowTo, LocalDate rangeFrom,
			LocalDate rangeTo) {
		this(date, time, windowFrom, windowTo, rangeFrom, rangeTo, Limits.NONE);
	}

	boolean isSaid() {
		return this.date != null || this.time != null || this.windowFrom != null || this.windowTo != null
				|| this.rangeFrom != null || this.rangeTo != null;
	}

	When onDate(LocalDate date) {
		return new When(date, this.time, this.windowFrom, this.windowTo, null, null, this.limits);
	}

	When between(LocalDate from, LocalDate to) {
		return new When(null, this.time, this.windowFrom, this.windowTo, from, to, this.limits);
	}

	When at(LocalTime time) {
		return new When(this.date, time, null, null, this.rangeFrom, this.rangeTo, this.limits);
	}

	When within(LocalTime from, LocalTime to) {
		return new When(this.date, null, from, to, this.rangeFrom, this.rangeTo, this.limits);
	}

	When limitedTo(Limits limits) {
		return new When(this.date, this.time, this.windowFrom, this.windowTo, this.rangeFrom, this.rangeTo, limits);
	}

	/**
	 * Nothing asked for any more, but what the caller ruled out still holds.
	 */
	When forgetAllButLimits() {
		return ANY.limitedTo(this.limits);
	}

	/**
	 * What the caller ruled out for this request, and the order they want times in.
	 *
	 * @param notOnDays weekdays ruled out ("not Mondays")
	 * @param notOnDates days ruled out ("a different day")
	 * @param notWith a provider ruled out ("someone else"), or {@code null}
	 * @param latestFirst whether the latest times are wanted ("the latest you have")
	 */
	record Limits(Set<DayOfWeek> notOnDays, Set<LocalDate> notOnDates, Long notWith, boolean latestFirst) {

		static final Limits NONE = new Limits(Set.of(), Set.of(), null, false);

		Limits {
			notOnDays = (notOnDays != null && !notOnDays.isEmpty()) ? Set.copyOf(EnumSet.copyOf(notOnDays)) : Set.of();
			notOnDates = (notOnDates != null) ? Set.copyOf(notOnDates) : Set.of();
		}

		Limits notOn(Set<DayOfWeek> days) {
			Set<DayOfWeek> all = new HashSet<>(this.notOnDays);
			all.addAll(days);
			return new Limits(all, this.notOnDates, this.notWith, this.latestFirst);
		}

		Limits notOnDates(Set<LocalDate> dates) {
			Set<LocalDate> all = new HashSet<>(this.notOnDates);
			all.addAll(dates);
			return new Limits(this.notOnDays, all, this.notWith, this.latestFirst);
		}

		Limits notWith(Long providerId) {
			return new Limits(this.notOnDays, this.notOnDates, providerId, this.latestFirst);
		}

		Limits latestFirst(boolean latestFirst) {
			return new Limits(this.notOnDays, this.notOnDates, this.notWith, latestFirst);
		}

	}

}
