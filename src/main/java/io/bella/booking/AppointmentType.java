package io.bella.booking;

import java.time.Duration;

/**
 * A kind of visit with its length and the time kept free around it.
 *
 * @param id the type's id
 * @param name a short name ("checkup", "cleaning", "emergency")
 * @param durationMin the visit's length
 * @param bufferBeforeMin minutes kept free before the visit
 * @param bufferAfterMin minutes kept free after the visit
 */
public record AppointmentType(long id, String name, int durationMin, int bufferBeforeMin, int bufferAfterMin) {

	public Duration duration() {
		return Duration.ofMinutes(this.durationMin);
	}

}
