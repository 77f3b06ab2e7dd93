package io.bella.booking;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.bella.booking.SetupJson.Stranded;
import io.bella.system.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kinds of visit the clinic offers.
 */
@RestController
@RequestMapping("/api/appointment-types")
@Tag(name = "Appointment types", description = "Kinds of visit: length, buffers, providers, what callers say")
class AppointmentTypeController {

	private final AppointmentTypes appointmentTypes;

	private final AppointmentTypeSetup setup;

	private final Clinics clinics;

	AppointmentTypeController(AppointmentTypes appointmentTypes, AppointmentTypeSetup setup, Clinics clinics) {
		this.appointmentTypes = appointmentTypes;
		this.setup = setup;
		this.clinics = clinics;
	}

	@GetMapping
	@Operation(operationId = "listAppointmentTypes", summary = "Appointment types")
	List<TypeResponse> list() {
		return this.appointmentTypes.findAll().stream().map((type) -> response(type, List.of())).toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getAppointmentType", summary = "One appointment type")
	TypeResponse get(@PathVariable long id) {
		return response(
				this.appointmentTypes.findById(id).orElseThrow(() -> new NotFoundException("appointment type", id)),
				List.of());
	}

	@PostMapping
	@Operation(operationId = "createAppointmentType", summary = "Add an appointment type",
			description = "provider_ids empty or left out: every provider offers it. synonyms are what callers say "
					+ "for it (\"teeth cleaned\"); the voice assistant understands them.")
	@ApiResponse(responseCode = "201", description = "Added; Location names the new appointment type")
	ResponseEntity<TypeResponse> create(@RequestBody TypeRequest request) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		Saved<AppointmentType> saved = this.setup.create(draft(0, request, null), null);
		return ResponseEntity.created(URI.create("/api/appointment-types/" + saved.value().id()))
			.body(response(saved.value(), List.of()));
	}

	@PatchMapping("/{id}")
	@Operation(operationId = "updateAppointmentType", summary = "Change an appointment type",
			description = "Fields left out keep their value. Booked visits keep their length; taking the type from a "
					+ "provider with such visits booked answers 409 listing them, unless force=true.")
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "409", description = SetupJson.STRANDED)
	TypeResponse update(@PathVariable long id, @RequestBody TypeRequest request,
			@RequestParam(defaultValue = "false") boolean force) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		AppointmentType current = this.appointmentTypes.findById(id)
			.orElseThrow(() -> new NotFoundException("appointment type", id));
		Saved<AppointmentType> saved = this.setup.update(draft(id, request, current), force);
		return response(saved.value(), saved.stranded());
	}

	private static AppointmentType draft(long id, TypeRequest request, AppointmentType current) {
		Integer duration = (request.durationMin() != null) ? request.durationMin()
				: (current != null) ? Integer.valueOf(current.durationMin()) : null;
		if (duration == null) {
			throw new InvalidRequestException("duration_min", "is required");
		}
		return new AppointmentType(id, (request.name() != null || current == null) ? request.name() : current.name(),
				duration, value(request.bufferBeforeMin(), (current != null) ? current.bufferBeforeMin() : 0),
				value(request.bufferAfterMin(), (current != null) ? current.bufferAfterMin() : 0),
				(request.providerIds() != null) ? request.providerIds()
						: (current != null) ? current.providerIds() : List.of(),
				(request.synonyms() != null) ? request.synonyms() : (current != null) ? current.synonyms() : List.of());
	}

	private static int value(Integer given, int otherwise) {
		return (given != null) ? given : otherwise;
	}

	private TypeResponse response(AppointmentType type, List<StrandedAppointment> stranded) {
		return new TypeResponse(type.id(), type.name(), type.durationMin(), type.bufferBeforeMin(),
				type.bufferAfterMin(), type.providerIds(), type.synonyms(),
				stranded.isEmpty() ? List.of() : SetupJson.stranded(stranded, this.clinics.timeZone()));
	}

	record TypeRequest(String name, Integer durationMin, Integer bufferBeforeMin, Integer bufferAfterMin,
			List<Long> providerIds, List<String> synonyms) {
	}

	record TypeResponse(long id, String name, int durationMin, int bufferBeforeMin, int bufferAfterMin,
			List<Long> providerIds, List<String> synonyms,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Stranded> strandedAppointments) {
	}

}
