package io.bella.dashboard.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which part of the schedule to show, read from the page's query: a date (today when
 * none), a day or the week (Monday to Sunday) around it, one provider or all, and the
 * visit whose free times are shown. What cannot be read falls back to the default and is
 * named in {@link #problems()}.
 *
 * @param date the chosen date
 * @param week whether the week around it is shown rather than the day
 * @param providerId one provider's schedule, or {@code null} for all providers
 * @param typeId the appointment type whose free times are shown, or {@code null} for the
 * first type
 * @param problems what was given but could not be read
 */
record ScheduleRequest(LocalDate date, boolean week, Long providerId, Long typeId, List<String> problems) {

	ScheduleRequest {
		problems = List.copyOf(problems);
	}

	static ScheduleRequest parse(String date, String view, String provider, String type, LocalDate today) {
		List<String> problems = new ArrayList<>();
		LocalDate chosen = today;
		if (SlotChoice.hasText(date)) {
			try {
				chosen = LocalDate.parse(date.strip());
				if (!SlotChoice.inCalendar(chosen)) {
					problems.add("The date must be between the years 1900 and 2999; showing today instead.");
					chosen = today;
				}
			}
			catch (DateTimeParseException ex) {
				problems.add("The date must look like 2026-03-02; showing today instead.");
			}
		}
		boolean week = false;
		if (SlotChoice.hasText(view)) {
			String name = view.strip().toLowerCase(Locale.ROOT);
			week = "week".equals(name);
			if (!week && !"day".equals(name)) {
				problems.add("The view is day or week; showing the day.");
			}
		}
		Long providerId = null;
		if (SlotChoice.hasText(provider) && !"all".equalsIgnoreCase(provider.strip())) {
			providerId = SlotChoice.ids(provider);
			if (providerId == null) {
				problems.add("There is no such provider; showing all providers.");
			}
		}
		Long typeId = SlotChoice.ids(type);
		if (SlotChoice.hasText(type) && typeId == null) {
			problems.add("There is no such appointment type; showing free times for the first.");
		}
		return new ScheduleRequest(chosen, week, providerId, typeId, problems);
	}

	/**
	 * The day view of a date, all providers.
	 */
	static ScheduleRequest day(LocalDate date, Long typeId) {
		return new ScheduleRequest(date, false, null, typeId, List.of());
	}

	/** The schedule's address as requested. */
	String link() {
		return link(this.date);
	}

	/**
	 * The navigation's addresses: the previous and next day or week, today, and this
	 * date's day and week views.
	 */
	Map<String, String> links(LocalDate today) {
		return Map.of("previous", link(previous()), "next", link(next()), "today", link(today), "day",
				link(this.date, "day"), "week", link(this.date, "week"));
	}

	/** The first date shown: the date itself, or the Monday of its week. */
	LocalDate from() {
		return this.week ? this.date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : this.date;
	}

	/** The last date shown, inclusive. */
	LocalDate to() {
		return this.week ? from().plusDays(6) : this.date;
	}

	LocalDate previous() {
		return this.date.minusDays(this.week ? 7 : 1);
	}

	LocalDate next() {
		return this.date.plusDays(this.week ? 7 : 1);
	}

	String view() {
		return this.week ? "week" : "day";
	}

	ScheduleRequest withProvider(Long providerId) {
		return new ScheduleRequest(this.date, this.week, providerId, this.typeId, this.problems);
	}

	ScheduleRequest withType(Long typeId) {
		return new ScheduleRequest(this.date, this.week, this.providerId, typeId, this.problems);
	}

	/**
	 * The schedule's address for another date, keeping the view, provider and type.
	 */
	String link(LocalDate on) {
		return link(on, view());
	}

	/**
	 * The schedule's address for another date and view, keeping the provider and type.
	 */
	String link(LocalDate on, String view) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/schedule")
			.queryParam("date", on)
			.queryParam("view", view)
			.queryParam("provider", (this.providerId != null) ? this.providerId : "all");
		if (this.typeId != null) {
			uri.queryParam("type", this.typeId);
		}
		return uri.build().toUriString();
	}

}
