package io.bella.booking;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.bella.booking.SetupJson.Interval;
import io.bella.booking.SetupJson.Stranded;
import io.bella.booking.SetupJson.WeeklyHours;
import io.bella.system.InvalidRequestException;
import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's providers, their weekly hours and their hours on particular dates.
 */
@RestController
@RequestMapping("/api/providers")
@Tag(name = "Providers", description = "Providers, their weekly hours and date-specific hours")
class ProviderController {

	private static final String FORCE = "Changes that would leave booked appointments outside the schedule answer "
			+ "409 listing them, unless force=true (which keeps them as they are and lists them in "
			+ "stranded_appointments).";

	private final Providers providers;

	private final ProviderSetup setup;

	private final Clinics clinics;

	private final Clock clock;

	ProviderController(Providers providers, ProviderSetup setup, Clinics clinics, Clock clock) {
		this.providers = providers;
		this.setup = setup;
		this.clinics = clinics;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listProviders", summary = "Providers with their weekly hours")
	List<ProviderResponse> list() {
		return this.providers.findAll().stream().map((provider) -> response(provider, List.of())).toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getProvider", summary = "One provider with their weekly hours")
	ProviderResponse get(@PathVariable long id) {
		return response(this.providers.findById(id).orElseThrow(() -> new NotFoundException("provider", id)),
				List.of());
	}

	@PostMapping
	@Operation(operationId = "createProvider", summary = "Add a provider",
			description = "The provider takes bookings once they have weekly hours.")
	@ApiResponse(responseCode = "201", description = "Added; Location names the new provider")
	ResponseEntity<ProviderResponse> create(@RequestBody NewProvider request) {
		Saved<Provider> saved = this.setup.create((request != null) ? request.name() : null, null);
		return ResponseEntity.created(URI.create("/api/providers/" + saved.value().id()))
			.body(response(saved.value(), List.of()));
	}

	@PatchMapping("/{id}")
	@Operation(operationId = "updateProvider",
			summary = "Rename a provider, stop or resume their bookings, or set their Google calendar",
			description = "A provider with active=false keeps their history and gets no new bookings. "
					+ "google_calendar_id (at most 1024 characters, no spaces) links the provider's Google "
					+ "calendar; null or \"\" unlinks it; left out, it stays as it is. " + FORCE)
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "409", description = SetupJson.STRANDED)
	ProviderResponse update(@PathVariable long id, @RequestBody ProviderChange request,
			@RequestParam(defaultValue = "false") boolean force) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		Saved<Provider> saved = this.setup.update(id, request.name(), request.active(), request.calendarId(), force);
		return response(saved.value(), saved.stranded());
	}

	@GetMapping("/{id}/weekly-hours")
	@Operation(operationId = "getWeeklyHours", summary = "A provider's weekly hours")
	Map<String, List<Interval>> weeklyHours(@PathVariable long id) {
		return SetupJson.week(this.setup.weeklyHours(id));
	}

	@PutMapping("/{id}/weekly-hours")
	@Operation(operationId = "putWeeklyHours", summary = "Replace a provider's weekly hours",
			description = "All seven days are given; several intervals a day (a lunch break is the gap between "
					+ "them); an empty list is a day off. " + FORCE)
	@ApiResponse(responseCode = "200", description = "Replaced")
	@ApiResponse(responseCode = "409", description = SetupJson.STRANDED)
	WeeklyHoursResponse putWeeklyHours(@PathVariable long id, @RequestBody WeeklyHours request,
			@RequestParam(defaultValue = "false") boolean force) {
		Saved<Map<DayOfWeek, List<TimeRange>>> saved = this.setup.replaceWeeklyHours(id, SetupJson.week(request),
				force);
		return new WeeklyHoursResponse(SetupJson.week(saved.value()),
				SetupJson.stranded(saved.stranded(), this.clinics.timeZone()));
	}

	@GetMapping("/{id}/exceptions")
	@Operation(operationId = "listExceptions", summary = "A provider's hours on particular dates",
			description = "From today unless from is given.")
	List<ExceptionResponse> exceptions(@PathVariable long id, @RequestParam(required = false) LocalDate from) {
		LocalDate first = (from != null) ? SupportedTimes.check("from", from)
				: LocalDate.now(this.clock.withZone(this.clinics.timeZone()));
		return this.setup.exceptions(id, first).stream().map((e) -> exception(e, List.of())).toList();
	}

	@PostMapping("/{id}/exceptions")
	@Operation(operationId = "addException", summary = "Set a provider's hours on one date",
			description = "Extra hours, a shorter day, or a day off (hours: []); replaces the weekly hours that "
					+ "date. 201 when new, 200 when it replaces the date's earlier exception. " + FORCE)
	@ApiResponse(responseCode = "201", description = "Added; Location names the new exception")
	@ApiResponse(responseCode = "200", description = "Replaced the date's earlier exception")
	@ApiResponse(responseCode = "409", description = SetupJson.STRANDED)
	ResponseEntity<ExceptionResponse> addException(@PathVariable long id, @RequestBody NewException request,
			@RequestParam(defaultValue = "false") boolean force) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		Saved<ScheduleException> saved = this.setup.putException(id, request.date(),
				SetupJson.ranges("hours", request.hours()), request.note(), force);
		ExceptionResponse body = exception(saved.value(), saved.stranded());
		return saved.created()
				? ResponseEntity.created(URI.create("/api/providers/" + id + "/exceptions/" + saved.value().id()))
					.body(body)
				: ResponseEntity.ok(body);
	}

	@DeleteMapping("/{id}/exceptions/{exceptionId}")
	@Operation(operationId = "deleteException", summary = "Remove a provider's hours on one date",
			description = "The weekly hours apply that date again. " + FORCE)
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "409", description = SetupJson.STRANDED)
	ResponseEntity<Void> deleteException(@PathVariable long id, @PathVariable long exceptionId,
			@RequestParam(defaultValue = "false") boolean force) {
		this.setup.deleteException(id, exceptionId, force);
		return ResponseEntity.noContent().build();
	}

	private ProviderResponse response(Provider provider, List<StrandedAppointment> stranded) {
		return new ProviderResponse(provider.id(), provider.name(), provider.active(), provider.googleCalendarId(),
				SetupJson.week(this.providers.weeklyHours(provider.id())),
				stranded.isEmpty() ? List.of() : SetupJson.stranded(stranded, this.clinics.timeZone()));
	}

	private ExceptionResponse exception(ScheduleException exception, List<StrandedAppointment> stranded) {
		return new ExceptionResponse(exception.id(), exception.date(), SetupJson.intervals(exception.hours()),
				exception.note(),
				stranded.isEmpty() ? List.of() : SetupJson.stranded(stranded, this.clinics.timeZone()));
	}

	record NewProvider(String name) {
	}

	/**
	 * A partial change; the calendar id is a node so that leaving it out (keep) differs
	 * from sending null (clear).
	 */
	record ProviderChange(String name, Boolean active,
			@Schema(implementation = String.class, nullable = true, maxLength = 1024) JsonNode googleCalendarId) {

		/**
		 * {@code null} to keep the calendar, empty to clear it.
		 */
		Optional<String> calendarId() {
			if (this.googleCalendarId == null) {
				return null;
			}
			if (this.googleCalendarId.isNull()) {
				return Optional.empty();
			}
			if (!this.googleCalendarId.isString()) {
				throw new InvalidRequestException("google_calendar_id", "must be a string or null");
			}
			return Optional.of(this.googleCalendarId.asString());
		}

	}

	record NewException(LocalDate date, List<Interval> hours, String note) {
	}

	record ProviderResponse(long id, String name, boolean active, String googleCalendarId,
			Map<String, List<Interval>> weeklyHours,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Stranded> strandedAppointments) {
	}

	record WeeklyHoursResponse(Map<String, List<Interval>> weeklyHours,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Stranded> strandedAppointments) {
	}

	record ExceptionResponse(long id, LocalDate date, List<Interval> hours, String note,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Stranded> strandedAppointments) {
	}

}
