package io.bella.messaging;

import java.time.OffsetDateTime;
import java.util.List;

import io.bella.booking.NotFoundException;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.system.ClinicTimeZone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient's texts, both ways, for clinic staff; here rather than in the booking module,
 * which knows nothing of texts.
 */
@RestController
@Tag(name = "Users", description = "Patients who book appointments")
class PatientMessageController {

	private final Patients patients;

	private final PatientMessages messages;

	private final ClinicTimeZone clinicTimeZone;

	PatientMessageController(Patients patients, PatientMessages messages, ClinicTimeZone clinicTimeZone) {
		this.patients = patients;
		this.messages = messages;
		this.clinicTimeZone = clinicTimeZone;
	}

	@GetMapping("/api/users/{id}/messages")
	@Operation(operationId = "listUserMessages", summary = "A patient's texts, sent and received",
			description = "The texts Bella sent the patient's number (with what Twilio reported of their delivery) "
					+ "and those it received from it (with what Bella did), newest first. A family sharing a "
					+ "number shares its texts.")
	@ApiResponse(responseCode = "200", description = "The texts, newest first")
	@ApiResponse(responseCode = "404", description = "No such user (not-found)")
	List<MessageResponse> list(@PathVariable long id, @Parameter(description = "the most texts answered") @RequestParam(
			defaultValue = "50") @Min(1) @Max(PatientMessages.MAX) int limit) {
		Patient patient = this.patients.findById(id).orElseThrow(() -> new NotFoundException("user", id));
		return this.messages.of(patient, limit)
			.stream()
			.map((message) -> new MessageResponse(message.direction(), message.body(),
					this.clinicTimeZone.local(message.at()), message.appointmentId(), message.status(),
					message.deliveryStatus(), message.errorCode(), message.action(), message.reply()))
			.toList();
	}

	/**
	 * A text, its time with the clinic's offset; the fields are {@link PatientMessage}'s.
	 */
	record MessageResponse(@Schema(description = "sent or received", example = "sent") String direction, String body,
			OffsetDateTime at, Long appointmentId,
			@Schema(description = "of a sent text: sent, failed or claimed") String status,
			@Schema(description = "of a sent text: Twilio's last report (delivered, undelivered, failed, ...) or "
					+ "opted_out") String deliveryStatus,
			@Schema(description = "of a sent text: Twilio's error code") String errorCode,
			@Schema(description = "of a received text: what Bella did (confirmed, no_appointment, reschedule, "
					+ "opted_out, opted_in, help, kept, unknown_sender)") String action,
			@Schema(description = "of a received text: what Bella answered") String reply) {
	}

}
