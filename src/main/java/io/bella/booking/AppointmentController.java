package io.bella.booking;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.system.InvalidRequestException;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Books, lists, moves and cancels appointments.
 */
@RestController
@RequestMapping("/api/appointments")
@Tag(name = "Appointments", description = "Book, list, reschedule and cancel")
class AppointmentController {

	private static final String TAKEN = "The time is taken (slot-unavailable), or the patient has another "
			+ "appointment then (patient-busy, naming it in appointment_id and starts_at)";

	private static final String RULE_BROKEN = "A booking rule is broken: type and rule name it (in-the-past, too-soon, "
			+ "too-far-ahead, off-grid, outside-hours, closed-date, inactive-provider, not-offered)";

	private static final String CLOSE_REFUSED = "The appointment is not booked (not-booked) or has not started yet "
			+ "(not-started)";

	private final BookingService bookings;

	private final Clinics clinics;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	AppointmentController(BookingService bookings, Clinics clinics, Providers providers,
			AppointmentTypes appointmentTypes) {
		this.bookings = bookings;
		this.clinics = clinics;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
	}

	@PostMapping
	@Operation(operationId = "bookAppointment", summary = "Book an appointment",
			description = "starts_at is ISO-8601 with an offset (or clinic-local without one). Give duration_min or "
					+ "appointment_type (30 minutes when neither); without provider_id the first free provider is "
					+ "chosen. 409 when the time is taken, 422 when it breaks a rule.")
	@ApiResponse(responseCode = "201", description = "Booked; Location names the new appointment")
	@ApiResponse(responseCode = "404", description = "No such user, provider or appointment type (not-found)")
	@ApiResponse(responseCode = "409", description = TAKEN)
	@ApiResponse(responseCode = "422", description = RULE_BROKEN)
	ResponseEntity<AppointmentResponse> book(@Valid @RequestBody BookAppointment request) {
		if (request.durationMin() != null && request.appointmentType() != null) {
			throw new InvalidRequestException(
					Map.of("duration_min", "give either duration_min or appointment_type, not both"));
		}
		ZoneId zone = this.clinics.timeZone();
		Appointment appointment = this.bookings.book(new BookingRequest(request.userId(),
				ApiTimes.parseInstant("starts_at", request.startsAt(), zone), request.durationMin(),
				request.appointmentType(), request.providerId(), request.notes(), BookingSource.API));
		return ResponseEntity.created(URI.create("/api/appointments/" + appointment.id()))
			.body(responses(List.of(appointment)).get(0));
	}

	@GetMapping
	@Operation(operationId = "listAppointments", summary = "List appointments",
			description = "from and to are dates (clinic time zone) or ISO-8601 date-times; to is exclusive for "
					+ "date-times and inclusive for dates. status is booked, cancelled, completed or no_show (any "
					+ "case). Earliest first, one page at a time.")
	Page<AppointmentResponse> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to,
			@RequestParam(name = "provider_id", required = false) Long providerId,
			@RequestParam(name = "user_id", required = false) Long userId,
			@RequestParam(required = false) String status,
			@Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "items a page") @RequestParam(
					defaultValue = Paging.DEFAULT_SIZE_TEXT) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		ZoneId zone = this.clinics.timeZone();
		Page<Appointment> found = this.bookings.find(new AppointmentQuery(
				ApiTimes.parseBound("from", from, zone, false), ApiTimes.parseBound("to", to, zone, true), providerId,
				userId, status(status), new Paging(page, size)));
		return new Page<>(responses(found.items()), found.page(), found.size(), found.total());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getAppointment", summary = "One appointment")
	AppointmentResponse get(@PathVariable long id) {
		return responses(
				List.of(this.bookings.findById(id).orElseThrow(() -> new NotFoundException("appointment", id))))
			.get(0);
	}

	@PostMapping("/{id}/reschedule")
	@Operation(operationId = "rescheduleAppointment", summary = "Move an appointment",
			description = "Atomic: the old time is released only when the new one is held. Keeps the provider "
					+ "unless provider_id is given.")
	@ApiResponse(responseCode = "200", description = "Moved")
	@ApiResponse(responseCode = "409", description = TAKEN)
	@ApiResponse(responseCode = "422", description = RULE_BROKEN)
	AppointmentResponse reschedule(@PathVariable long id, @Valid @RequestBody Reschedule request) {
		ZoneId zone = this.clinics.timeZone();
		return responses(List.of(this.bookings.reschedule(id,
				ApiTimes.parseInstant("starts_at", request.startsAt(), zone), request.providerId(), BookingSource.API)))
			.get(0);
	}

	@PostMapping("/{id}/cancel")
	@Operation(operationId = "cancelAppointment", summary = "Cancel an appointment")
	@ApiResponse(responseCode = "200", description = "Cancelled")
	@ApiResponse(responseCode = "422", description = "The appointment is not booked (not-booked)")
	AppointmentResponse cancel(@PathVariable long id, @Valid @RequestBody(required = false) Cancel request) {
		return responses(
				List.of(this.bookings.cancel(id, (request != null) ? request.reason() : null, BookingSource.API)))
			.get(0);
	}

	@PostMapping("/{id}/complete")
	@Operation(operationId = "completeAppointment", summary = "Mark an appointment completed",
			description = "The patient came. Only a booked appointment that has started can be marked.")
	@ApiResponse(responseCode = "200", description = "Completed")
	@ApiResponse(responseCode = "404", description = "No such appointment (not-found)")
	@ApiResponse(responseCode = "422", description = CLOSE_REFUSED)
	AppointmentResponse complete(@PathVariable long id) {
		return responses(List.of(this.bookings.complete(id, BookingSource.API))).get(0);
	}

	@PostMapping("/{id}/no-show")
	@Operation(operationId = "markAppointmentNoShow", summary = "Mark an appointment a no-show",
			description = "The patient did not come. Only a booked appointment that has started can be marked.")
	@ApiResponse(responseCode = "200", description = "Marked a no-show")
	@ApiResponse(responseCode = "404", description = "No such appointment (not-found)")
	@ApiResponse(responseCode = "422", description = CLOSE_REFUSED)
	AppointmentResponse noShow(@PathVariable long id) {
		return responses(List.of(this.bookings.markNoShow(id, BookingSource.API))).get(0);
	}

	private static AppointmentStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return AppointmentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("status", "must be one of booked, cancelled, completed, no_show");
		}
	}

	private List<AppointmentResponse> responses(List<Appointment> appointments) {
		ZoneId zone = this.clinics.timeZone();
		Map<Long, String> providerNames = this.providers.findAll()
			.stream()
			.collect(Collectors.toMap(Provider::id, Provider::name));
		Map<Long, String> typeNames = this.appointmentTypes.findAll()
			.stream()
			.collect(Collectors.toMap(AppointmentType::id, AppointmentType::name));
		return appointments.stream()
			.map((a) -> new AppointmentResponse(a.id(), a.patientId(), a.providerId(),
					providerNames.get(a.providerId()), a.appointmentTypeId(),
					(a.appointmentTypeId() != null) ? typeNames.get(a.appointmentTypeId()) : null,
					ApiTimes.local(a.startsAt(), zone), ApiTimes.local(a.endsAt(), zone),
					(int) Duration.between(a.startsAt(), a.endsAt()).toMinutes(), lower(a.status()), lower(a.source()),
					a.notes(), a.cancellationReason(), ApiTimes.local(a.createdAt(), zone),
					ApiTimes.local(a.updatedAt(), zone), ApiTimes.local(a.confirmedAt(), zone)))
			.toList();
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	@Schema(example = """
			{"user_id": 1, "starts_at": "2026-12-01T14:00:00Z", "duration_min": 60, "notes": "Regular checkup"}""")
	record BookAppointment(@NotNull Long userId, @NotNull String startsAt, @Min(5) @Max(480) Integer durationMin,
			Long appointmentType, Long providerId, @Size(max = 2000) String notes) {
	}

	record Reschedule(@NotNull String startsAt, Long providerId) {
	}

	record Cancel(@Size(max = 500) String reason) {
	}

	record AppointmentResponse(long id, long userId, long providerId, String providerName, Long appointmentTypeId,
			String appointmentType, OffsetDateTime startsAt, OffsetDateTime endsAt, int durationMin, String status,
			String source, String notes, String cancellationReason, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			@Schema(description = "when the patient confirmed it by answering a text with C; null until then, and "
					+ "again once it moves") OffsetDateTime confirmedAt) {
	}

}
