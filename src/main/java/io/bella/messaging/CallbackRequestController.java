package io.bella.messaging;

import java.time.OffsetDateTime;

import io.bella.system.ClinicTimeZone;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.bella.system.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Voicemails waiting for a callback, for clinic staff.
 */
@RestController
@RequestMapping("/api/callbacks")
@Tag(name = "Callbacks", description = "Voicemails waiting for staff to call back")
class CallbackRequestController {

	private final CallbackRequests requests;

	private final Voicemails voicemails;

	private final ClinicTimeZone clinicTimeZone;

	CallbackRequestController(CallbackRequests requests, Voicemails voicemails, ClinicTimeZone clinicTimeZone) {
		this.requests = requests;
		this.voicemails = voicemails;
		this.clinicTimeZone = clinicTimeZone;
	}

	@GetMapping
	@Operation(operationId = "listCallbacks", summary = "Callback requests",
			description = "Open requests first (oldest first), then done ones (newest first).")
	Page<CallbackResponse> list(
			@Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "items a page") @RequestParam(
					defaultValue = Paging.DEFAULT_SIZE_TEXT) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		return this.requests.findAll(new Paging(page, size)).map(this::response);
	}

	@PostMapping("/{id}/done")
	@Operation(operationId = "markCallbackDone", summary = "Mark a callback request done",
			description = "Marking a request that is done already changes nothing.")
	CallbackResponse done(@PathVariable long id) {
		this.voicemails.markDone(id);
		return response(this.requests.findById(id).orElseThrow(() -> notFound(id)));
	}

	private CallbackResponse response(CallbackRequest request) {
		return new CallbackResponse(request.id(), request.callSid(), request.caller(), request.recordingSid(),
				request.recordingUrl(), request.durationSec(), request.transcript(), request.status(),
				this.clinicTimeZone.local(request.createdAt()), this.clinicTimeZone.local(request.doneAt()));
	}

	private static ErrorResponseException notFound(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no callback request " + id + ".");
		problem.setType(ProblemTypes.of("not-found"));
		problem.setTitle("Not found");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

	/**
	 * A caller's voicemail waiting for staff to call back, its times with the clinic's
	 * offset; the fields are {@link CallbackRequest}'s.
	 */
	record CallbackResponse(long id, String callSid, String caller, String recordingSid, String recordingUrl,
			Integer durationSec, String transcript,
			@Schema(description = "open until staff mark it done", example = CallbackRequest.OPEN) String status,
			OffsetDateTime createdAt, OffsetDateTime doneAt) {
	}

}
