package io.bella.booking;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic, its providers and the kinds of visit it offers.
 */
@RestController
@Tag(name = "Schedule", description = "The clinic, providers and appointment types")
class ScheduleController {

	private final Clinics clinics;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	ScheduleController(Clinics clinics, Providers providers, AppointmentTypes appointmentTypes) {
		this.clinics = clinics;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
	}

	@GetMapping("/api/clinic")
	@Operation(summary = "The clinic")
	ClinicResponse clinic() {
		Clinic clinic = this.clinics.clinic();
		return new ClinicResponse(clinic.id(), clinic.name(), clinic.timeZone().getId(), clinic.phone(),
				clinic.transferNumber());
	}

	@GetMapping("/api/providers")
	@Operation(summary = "Providers with their weekly hours and breaks")
	List<ProviderResponse> providers() {
		return this.providers.findAll().stream().map((provider) -> {
			List<Providers.WeeklyHours> weekly = this.providers.weeklyHours(provider.id());
			return new ProviderResponse(provider.id(), provider.name(), provider.active(), rows(weekly, "hours"),
					rows(weekly, "break"));
		}).toList();
	}

	@GetMapping("/api/appointment-types")
	@Operation(summary = "Appointment types with duration and buffers")
	List<AppointmentType> appointmentTypes() {
		return this.appointmentTypes.findAll();
	}

	private static List<HoursResponse> rows(List<Providers.WeeklyHours> weekly, String kind) {
		return weekly.stream()
			.filter((row) -> row.kind().equals(kind))
			.map((row) -> new HoursResponse(row.day().name().toLowerCase(Locale.ROOT), row.startsAt(), row.endsAt()))
			.toList();
	}

	record ClinicResponse(long id, String name, String timezone, String phone, String transferNumber) {
	}

	record ProviderResponse(long id, String name, boolean active, List<HoursResponse> workingHours,
			List<HoursResponse> breaks) {
	}

	record HoursResponse(String day, @JsonFormat(pattern = "HH:mm") LocalTime from,
			@JsonFormat(pattern = "HH:mm") LocalTime to) {
	}

}
