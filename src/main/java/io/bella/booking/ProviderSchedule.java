package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When one provider works over a span of dates: weekly hours with breaks taken out,
 * date-specific hours that replace them, and the dates on which they (or the whole
 * clinic) are closed.
 *
 * @param providerId the provider
 * @param weeklyHours working time per weekday, breaks already removed
 * @param closedDates dates without any working time
 * @param exceptions working time on particular dates instead of the weekly hours (none: a
 * day off)
 */
record ProviderSchedule(long providerId, Map<DayOfWeek, List<TimeRange>> weeklyHours, Set<LocalDate> closedDates,
		Map<LocalDate, List<TimeRange>> exceptions) {

	ProviderSchedule(long providerId, Map<DayOfWeek, List<TimeRange>> weeklyHours, Set<LocalDate> closedDates) {
		this(providerId, weeklyHours, closedDates, Map.of());
	}

	List<TimeRange> workingTime(LocalDate date) {
		if (this.closedDates.contains(date)) {
			return List.of();
		}
		List<TimeRange> exception = this.exceptions.get(date);
		if (exception != null) {
			return exception;
		}
		return this.weeklyHours.getOrDefault(date.getDayOfWeek(), List.of());
	}

	boolean isClosed(LocalDate date) {
		return this.closedDates.contains(date);
	}

	boolean isWorking(LocalDateTime at) {
		return workingTime(at.toLocalDate()).stream().anyMatch((range) -> range.contains(at.toLocalTime()));
	}

	/**
	 * Whether the visit from {@code start} to {@code end} (same date) lies inside one
	 * span of working time.
	 */
	boolean covers(LocalDateTime start, LocalDateTime end) {
		if (!start.toLocalDate().equals(end.toLocalDate())) {
			return false;
		}
		return workingTime(start.toLocalDate()).stream()
			.anyMatch((range) -> range.contains(start.toLocalTime(), end.toLocalTime()));
	}

}
