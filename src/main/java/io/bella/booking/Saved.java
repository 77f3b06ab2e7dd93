package io.bella.booking;

import java.util.List;

/**
 * What a set-up change saved, whether it created it, and the booked appointments it left
 * outside the schedule (only when forced; otherwise such a change fails).
 *
 * @param <T> what was saved
 * @param value the saved value
 * @param created whether it is new
 * @param stranded booked appointments that no longer fit, kept as they are
 */
public record Saved<T>(T value, boolean created, List<StrandedAppointment> stranded) {

	public Saved {
		stranded = List.copyOf(stranded);
	}

	static <T> Saved<T> created(T value) {
		return new Saved<>(value, true, List.of());
	}

	static <T> Saved<T> updated(T value, List<StrandedAppointment> stranded) {
		return new Saved<>(value, false, stranded);
	}

}
