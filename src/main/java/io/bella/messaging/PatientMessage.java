package io.bella.messaging;

import java.time.Instant;

/**
 * A text between the clinic and a patient's number, either way, as staff see it.
 *
 * @param direction {@code sent} (Bella texted the patient) or {@code received} (the
 * patient texted the clinic)
 * @param body what it said
 * @param at when it was sent (its state last changed) or received
 * @param appointmentId the appointment it was about, when one
 * @param status of a sent text: {@code sent} (Twilio took it), {@code failed} or
 * {@code claimed} (being sent, or not known); {@code null} for a received one
 * @param deliveryStatus of a sent text: what Twilio last reported ({@code delivered},
 * {@code undelivered}, {@code failed}, ...) or {@code opted_out}; {@code null} otherwise
 * @param errorCode of a sent text: Twilio's error code, when it failed
 * @param action of a received text: what Bella did ({@code confirmed},
 * {@code no_appointment}, {@code reschedule}, {@code opted_out}, {@code opted_in},
 * {@code help}, {@code kept}, {@code unknown_sender})
 * @param reply of a received text: what Bella answered, {@code null} for nothing
 */
public record PatientMessage(String direction, String body, Instant at, Long appointmentId, String status,
		String deliveryStatus, String errorCode, String action, String reply) {

	public static final String SENT = "sent";

	public static final String RECEIVED = "received";

}
