package io.bella.dashboard.settings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.booking.StrandedAppointmentsException;
import io.bella.system.InvalidRequestException;

/**
 * The set-up services' refusals in the words of the settings forms: each keyed by the
 * form's field and starting with the field's label ("Duration (minutes) must be between 5
 * and 480.").
 */
final class SettingsErrors {

	/**
	 * The form field a refusal of a change that strands booked appointments is shown at.
	 */
	static final String FORCE = "force";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "Name"),
			Map.entry("time_zone", "Time zone"), Map.entry("phone", "Phone"),
			Map.entry("transfer_number", "Transfer number"), Map.entry("region", "Region"),
			Map.entry("kind", "Kind of practice"), Map.entry("address", "Address"),
			Map.entry("minimum_notice_min", "Minimum notice (minutes)"),
			Map.entry("maximum_advance_days", "Booking horizon (days)"),
			Map.entry("slot_grid_min", "Slot grid (minutes)"), Map.entry("duration_min", "Duration (minutes)"),
			Map.entry("buffer_before_min", "Buffer before (minutes)"),
			Map.entry("buffer_after_min", "Buffer after (minutes)"), Map.entry("provider_ids", "Providers"),
			Map.entry("provider_id", "Provider"), Map.entry("synonyms", "Synonyms"), Map.entry("date", "Date"),
			Map.entry("note", "Note"), Map.entry("hours", "Hours"), Map.entry("jurisdiction", "Province or territory"),
			Map.entry("holidays", "Province or territory"), Map.entry("years", "Years"),
			Map.entry("google_calendar_id", "Google calendar id"));

	private SettingsErrors() {
	}

	/**
	 * The refusal's messages by form field ({@code duration_min} → {@code durationMin}).
	 */
	static Map<String, String> of(InvalidRequestException refusal) {
		Map<String, String> errors = new LinkedHashMap<>();
		refusal.errors().forEach((field, message) -> errors.put(formField(field), sentence(field, message)));
		return errors;
	}

	/**
	 * A change refused because booked appointments would no longer fit, said at the
	 * form's "keep them" box.
	 */
	static Map<String, String> of(StrandedAppointmentsException refusal, String field) {
		return Map.of(field,
				stranded(refusal.appointments().size(), refusal.zone(), refusal) + " Nothing was changed: "
						+ "move or cancel them on the schedule first, or tick “Keep booked appointments that no longer "
						+ "fit” and save again.");
	}

	/**
	 * What a forced change left outside the schedule, for the notice after saving.
	 */
	static String kept(int count) {
		return (count == 0) ? ""
				: " " + count
						+ ((count == 1) ? " booked appointment no longer fits"
								: " booked appointments no " + "longer fit")
						+ " the schedule and " + ((count == 1) ? "is" : "are")
						+ " kept as booked: move or cancel on the schedule.";
	}

	static String formField(String field) {
		if (field.startsWith("facts")) {
			return "facts";
		}
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : field.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	private static String sentence(String field, String message) {
		String label = LABELS.get(field);
		if (label == null && isWeekday(field)) {
			return weekday(field) + ": " + hours(message) + ".";
		}
		if ("hours".equals(field)) {
			return "Hours: " + hours(message) + ".";
		}
		String text = ((label != null) ? label : field) + " " + message;
		return (text.endsWith(".") || text.endsWith(")")) ? text : text + ".";
	}

	// the service speaks of intervals; the form of opening, closing and breaks
	private static String hours(String message) {
		return switch (message) {
			case "each interval must start before it ends" ->
				"the closing time must be after the opening time, and each break must end after it starts, "
						+ "within the opening hours";
			case "intervals must not overlap" -> "breaks must not overlap";
			default -> message;
		};
	}

	private static boolean isWeekday(String field) {
		try {
			java.time.DayOfWeek.valueOf(field.toUpperCase(Locale.ROOT));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String weekday(String field) {
		return Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	private static String stranded(int count, ZoneId zone, StrandedAppointmentsException refusal) {
		String when = refusal.appointments()
			.stream()
			.limit(5)
			.map((appointment) -> WHEN.format(appointment.startsAt().atZone(zone)) + " (" + appointment.reason() + ")")
			.collect(Collectors.joining("; "));
		return count + ((count == 1) ? " booked appointment" : " booked appointments")
				+ " would no longer fit the schedule: " + when + ((count > 5) ? " and more." : ".");
	}

}
