package io.bella.booking;

import java.time.Instant;

/**
 * A patient's visit with a provider.
 *
 * @param id the appointment's id
 * @param patientId who comes
 * @param providerId who sees them
 * @param appointmentTypeId the kind of visit, when one was chosen
 * @param startsAt start instant
 * @param endsAt end instant (exclusive)
 * @param bufferBeforeMin minutes kept free before
 * @param bufferAfterMin minutes kept free after
 * @param status where it stands
 * @param source the channel it was made through
 * @param notes free text
 * @param cancellationReason why it was cancelled, if it was
 * @param createdAt when it was made
 * @param updatedAt when it last changed
 * @param confirmedAt when the patient confirmed it (answering a text with C),
 * {@code null} until then and again once it moves
 */
public record Appointment(long id, long patientId, long providerId, Long appointmentTypeId, Instant startsAt,
		Instant endsAt, int bufferBeforeMin, int bufferAfterMin, AppointmentStatus status, BookingSource source,
		String notes, String cancellationReason, Instant createdAt, Instant updatedAt, Instant confirmedAt) {

	public boolean isBooked() {
		return this.status == AppointmentStatus.BOOKED;
	}

}
