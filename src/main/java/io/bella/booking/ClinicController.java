package io.bella.booking;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.bella.booking.SetupJson.Interval;
import io.bella.booking.SetupJson.Stranded;
import io.bella.system.InvalidRequestException;
import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's details, booking rules and closed dates.
 */
@RestController
@Tag(name = "Clinic set-up", description = "The clinic's details, booking rules and closed dates")
class ClinicController {

	private final Clinics clinics;

	private final ClinicSetup setup;

	private final Providers providers;

	private final Clock clock;

	ClinicController(Clinics clinics, ClinicSetup setup, Providers providers, Clock clock) {
		this.clinics = clinics;
		this.setup = setup;
		this.providers = providers;
		this.clock = clock;
	}

	@GetMapping("/api/clinic")
	@Operation(operationId = "getClinic", summary = "The clinic",
			description = "hours are derived from the active providers' weekly hours.")
	ClinicResponse clinic() {
		return response(this.clinics.clinic(), List.of());
	}

	@PutMapping("/api/clinic")
	@Operation(operationId = "putClinic", summary = "Set up or change the clinic",
			description = "201 when the clinic is created, 200 when it is changed. A new time zone that would leave "
					+ "booked appointments outside the hours answers 409 listing them, unless force=true.")
	ResponseEntity<ClinicResponse> put(@RequestBody ClinicRequest request,
			@Parameter(description = "keep booked appointments that no longer fit as they are") @RequestParam(
					defaultValue = "false") boolean force) {
		Saved<Clinic> saved = this.setup
			.saveClinic(new ClinicDetails(request.name(), request.timeZone(), request.phone(), request.transferNumber(),
					request.region(), request.kind(), request.address(), request.facts()), force);
		ClinicResponse body = response(saved.value(), saved.stranded());
		return saved.created() ? ResponseEntity.created(URI.create("/api/clinic")).body(body) : ResponseEntity.ok(body);
	}

	@GetMapping("/api/booking-rules")
	@Operation(operationId = "getBookingRules", summary = "The booking rules in force")
	RulesResponse rules() {
		return rules(this.clinics.bookingRules());
	}

	@PutMapping("/api/booking-rules")
	@Operation(operationId = "putBookingRules", summary = "Change the booking rules",
			description = "A rule left out (or null) returns to the configured default.")
	RulesResponse putRules(@RequestBody RulesRequest request) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		return rules(
				this.setup.saveRules(request.minimumNoticeMin(), request.maximumAdvanceDays(), request.slotGridMin()));
	}

	@GetMapping("/api/closed-dates")
	@Operation(operationId = "listClosedDates", summary = "Closed dates",
			description = "From today to a year ahead unless from and to are given.")
	List<ClosedDateResponse> closedDates(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		LocalDate first = (from != null) ? SupportedTimes.check("from", from)
				: LocalDate.now(this.clock.withZone(zone()));
		LocalDate last = (to != null) ? SupportedTimes.check("to", to) : first.plusYears(1);
		if (last.isBefore(first)) {
			throw new InvalidRequestException("to", "must not be before from");
		}
		return this.setup.closedDates(first, last).stream().map((date) -> closed(date, List.of())).toList();
	}

	@PostMapping("/api/closed-dates")
	@Operation(operationId = "addClosedDate", summary = "Close the clinic, or one provider, on a date",
			description = "201 when added; the same date (and provider) again renames it (200). Booked appointments "
					+ "on that date answer 409 listing them, unless force=true.")
	ResponseEntity<ClosedDateResponse> close(@RequestBody ClosedDateRequest request,
			@RequestParam(defaultValue = "false") boolean force) {
		if (request == null) {
			throw new InvalidRequestException("body", "is required");
		}
		Saved<ClosedDate> saved = this.setup.closeOn(request.date(), request.name(), request.providerId(), force);
		ClosedDateResponse body = closed(saved.value(), saved.stranded());
		return saved.created()
				? ResponseEntity.created(URI.create("/api/closed-dates/" + saved.value().id())).body(body)
				: ResponseEntity.ok(body);
	}

	@DeleteMapping("/api/closed-dates/{id}")
	@Operation(operationId = "deleteClosedDate", summary = "Open a closed date again")
	ResponseEntity<Void> reopen(@PathVariable long id) {
		this.setup.reopen(id);
		return ResponseEntity.noContent().build();
	}

	private ClinicResponse response(Clinic clinic, List<StrandedAppointment> stranded) {
		return new ClinicResponse(clinic.id(), clinic.name(), clinic.timeZone().getId(), clinic.phone(),
				clinic.transferNumber(), clinic.region(), clinic.kind(), clinic.address(), clinic.facts(),
				SetupJson.week(openingHours()), SetupJson.stranded(stranded, clinic.timeZone()));
	}

	/**
	 * The clinic's weekly hours: when at least one active provider works.
	 */
	private Map<DayOfWeek, List<TimeRange>> openingHours() {
		Map<DayOfWeek, List<TimeRange>> union = new EnumMap<>(DayOfWeek.class);
		for (Provider provider : this.providers.findAll()) {
			if (provider.active()) {
				this.providers.weeklyHours(provider.id())
					.forEach((day, ranges) -> union.computeIfAbsent(day, (d) -> new ArrayList<>()).addAll(ranges));
			}
		}
		union.replaceAll((day, ranges) -> TimeRange.union(ranges));
		return union;
	}

	private ClosedDateResponse closed(ClosedDate date, List<StrandedAppointment> stranded) {
		return new ClosedDateResponse(date.id(), date.date(), date.name(), date.providerId(),
				SetupJson.stranded(stranded, zone()));
	}

	private ZoneId zone() {
		return this.clinics.timeZone();
	}

	private static RulesResponse rules(BookingProperties rules) {
		return new RulesResponse((int) rules.minimumNotice().toMinutes(), (int) rules.maximumAdvance().toDays(),
				(int) rules.slotGrid().toMinutes());
	}

	record ClinicRequest(String name, String timeZone, String phone, String transferNumber, String region, String kind,
			String address, Map<String, String> facts) {
	}

	record ClinicResponse(long id, String name, String timeZone, String phone, String transferNumber, String region,
			String kind, String address, Map<String, String> facts, Map<String, List<Interval>> hours,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Stranded> strandedAppointments) {
	}

	record RulesRequest(Integer minimumNoticeMin, Integer maximumAdvanceDays, Integer slotGridMin) {
	}

	record RulesResponse(int minimumNoticeMin, int maximumAdvanceDays, int slotGridMin) {
	}

	record ClosedDateRequest(LocalDate date, String name, Long providerId) {
	}

	record ClosedDateResponse(long id, LocalDate date, String name, Long providerId,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Stranded> strandedAppointments) {
	}

}
