package io.bella.booking;

import java.net.URI;
import java.time.OffsetDateTime;

import io.bella.system.Page;
import io.bella.system.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
 * Patients, called users in the API as in the original product.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Patients who book appointments")
class PatientController {

	private final Patients patients;

	private final Clinics clinics;

	PatientController(Patients patients, Clinics clinics) {
		this.patients = patients;
		this.clinics = clinics;
	}

	@PostMapping
	@Operation(operationId = "createUser", summary = "Register a patient",
			description = "The phone number is validated and stored in E.164 "
					+ "(Canadian when no country code is given).")
	@ApiResponse(responseCode = "201", description = "Registered; Location names the new patient")
	ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUser request) {
		Patient patient = this.patients.register(request.name(), request.phone(), request.email());
		return ResponseEntity.created(URI.create("/api/users/" + patient.id())).body(response(patient));
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

	private UserResponse response(Patient patient) {
		return new UserResponse(patient.id(), patient.name(), patient.phone(), patient.email(),
				ApiTimes.local(patient.createdAt(), this.clinics.timeZone()));
	}

	record CreateUser(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 32) String phone,
			@Email @Size(max = 320) String email) {
	}

	record UserResponse(long id, String name, String phone, String email, OffsetDateTime createdAt) {
	}

}
