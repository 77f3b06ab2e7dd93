package io.bella.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Free slots, for a date or a range of dates, or the first ones from a moment on.
 */
@RestController
@Tag(name = "Availability", description = "Free slots that can be booked")
class AvailabilityController {

	private static final String UNKNOWN = "No such provider or appointment type (not-found)";

	private final Availability availability;

	private final Clinics clinics;

	private final Providers providers;

	AvailabilityController(Availability availability, Clinics clinics, Providers providers) {
		this.availability = availability;
		this.clinics = clinics;
		this.providers = providers;
	}

	@GetMapping("/api/availability")
	@Operation(operationId = "findAvailability", summary = "Free slots between two dates",
			description = "Dates are in the clinic's time zone. Without duration_min or appointment_type a 30-minute "
					+ "visit is assumed; without provider_id every provider is searched.")
	@ApiResponse(responseCode = "200", description = "The free slots, earliest first")
	@ApiResponse(responseCode = "404", description = UNKNOWN)
	SlotsResponse find(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "duration_min", required = false) @Min(5) @Max(480) Integer durationMin,
			@RequestParam(name = "appointment_type", required = false) Long appointmentType,
			@RequestParam(name = "provider_id", required = false) Long providerId) {
		return response(this.availability.find(new AvailabilityQuery(SupportedTimes.check("date", date),
				SupportedTimes.check("to", to), appointmentType, durationMin, providerId)));
	}

	@GetMapping("/api/availability/first")
	@Operation(operationId = "firstAvailability", summary = "The first free slots from a moment on",
			description = "Looks as far ahead as bookings are allowed (90 days by default).")
	@ApiResponse(responseCode = "200", description = "The free slots, earliest first")
	@ApiResponse(responseCode = "404", description = UNKNOWN)
	SlotsResponse first(
			@Parameter(description = "ISO-8601 date-time or date; default now") @RequestParam(
					required = false) String from,
			@RequestParam(name = "duration_min", required = false) @Min(5) @Max(480) Integer durationMin,
			@RequestParam(name = "appointment_type", required = false) Long appointmentType,
			@RequestParam(name = "provider_id", required = false) Long providerId,
			@RequestParam(defaultValue = "3") @Min(1) @Max(50) int limit) {
		ZoneId zone = this.clinics.timeZone();
		return response(this.availability.firstAvailable(ApiTimes.parseBound("from", from, zone, false),
				appointmentType, durationMin, providerId, limit));
	}

	private SlotsResponse response(List<Slot> slots) {
		ZoneId zone = this.clinics.timeZone();
		Map<Long, String> names = this.providers.findAll()
			.stream()
			.collect(Collectors.toMap(Provider::id, Provider::name));
		return new SlotsResponse(zone.getId(),
				slots.stream()
					.map((slot) -> new SlotResponse(slot.providerId(), names.get(slot.providerId()),
							ApiTimes.local(slot.startsAt(), zone), ApiTimes.local(slot.endsAt(), zone)))
					.toList());
	}

	record SlotsResponse(String timezone, List<SlotResponse> slots) {
	}

	record SlotResponse(long providerId, String providerName, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

}
