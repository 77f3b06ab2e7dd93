package io.bella.booking;

import java.net.URI;
import java.time.OffsetDateTime;

import io.bella.booking.Patients.Registration;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patients, called users in the API as in the original product.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Patients who book appointments")
class PatientController {

	private final Patients patients;

	private final DuplicatePatients duplicates;

	private final Clinics clinics;

	PatientController(Patients patients, DuplicatePatients duplicates, Clinics clinics) {
		this.patients = patients;
		this.duplicates = duplicates;
		this.clinics = clinics;
	}

	@PostMapping
	@Operation(operationId = "createUser", summary = "Register a patient",
			description = "The phone number is validated and stored in E.164 (in BELLA_PHONE_REGION when no country "
					+ "code is given). A patient is their phone number and name: a name that matches one already "
					+ "registered on that number (ignoring case, accents, punctuation and extra spaces) answers 200 "
					+ "with that record and its Location instead of creating a second one; family members sharing a "
					+ "number are told apart by name.")
	@ApiResponse(responseCode = "201", description = "Registered; Location names the new record")
	@ApiResponse(responseCode = "200",
			description = "Registered already: the existing record (unchanged but for an e-mail address it "
					+ "lacked); Location names it")
	ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUser request) {
		Registration registration = this.patients.registerOrFind(request.name(), request.phone(), request.email());
		Patient patient = registration.patient();
		return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/users/" + patient.id()))
			.body(response(patient));
	}

	@GetMapping
	@Operation(operationId = "listUsers", summary = "List patients, optionally those with a phone number",
			description = "In the order they registered, one page at a time.")
	Page<UserResponse> list(@RequestParam(required = false) String phone,
			@Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "items a page") @RequestParam(
					defaultValue = Paging.DEFAULT_SIZE_TEXT) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return this.patients.find(phone, new Paging(page, size)).map(this::response);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getUser", summary = "One patient")
	UserResponse get(@PathVariable long id) {
		return response(this.patients.findById(id).orElseThrow(() -> new NotFoundException("user", id)));
	}

	@PostMapping("/{id}/merge")
	@Operation(operationId = "mergeUser", summary = "Merge a duplicate patient into another",
			description = "Moves every appointment of user {id} to user `into` (with them the call records and "
					+ "texts that refer to those appointments), gives `into` the e-mail address if it had none, "
					+ "and deletes {id}; all in one transaction. Answers the patient that stays.")
	@ApiResponse(responseCode = "200", description = "Merged: the patient that stays")
	@ApiResponse(responseCode = "400", description = "into is missing or is {id} itself")
	@ApiResponse(responseCode = "404", description = "No user {id} or no user `into`")
	@ApiResponse(responseCode = "409",
			description = "patient-busy: a booked appointment of each overlaps (appointment_id and starts_at "
					+ "name the surviving patient's); nothing was moved")
	UserResponse merge(@PathVariable long id, @Valid @RequestBody MergeUser request) {
		return response(this.duplicates.merge(id, request.into()));
	}

	private UserResponse response(Patient patient) {
		return new UserResponse(patient.id(), patient.name(), patient.phone(), patient.email(),
				ApiTimes.local(patient.createdAt(), this.clinics.timeZone()), patient.smsOptOut(),
				ApiTimes.local(patient.smsOptOutAt(), this.clinics.timeZone()));
	}

	record CreateUser(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 32) String phone,
			@Email @Size(max = 320) String email) {
	}

	record MergeUser(@NotNull Long into) {
	}

	record UserResponse(long id, String name, String phone, String email, OffsetDateTime createdAt,
			@Schema(description = "the number opted out of texts (STOP): no text of any kind is sent to it; START "
					+ "opts it back in") boolean smsOptOut,
			@Schema(description = "when it opted out; null unless it did") OffsetDateTime smsOptOutAt) {
	}

}
