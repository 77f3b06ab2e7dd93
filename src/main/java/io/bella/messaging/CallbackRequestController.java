package io.bella.messaging;

import java.util.List;

import io.bella.system.InvalidRequestException;
import io.bella.system.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
class CallbackRequestController {

	private final CallbackRequests requests;

	private final Voicemails voicemails;

	CallbackRequestController(CallbackRequests requests, Voicemails voicemails) {
		this.requests = requests;
		this.voicemails = voicemails;
	}

	/** Open requests first (oldest first), then done ones (newest first). */
	@GetMapping
	List<CallbackRequest> list(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidRequestException("limit", "must be between 1 and 1000");
		}
		return this.requests.findAll(limit);
	}

	@PostMapping("/{id}/done")
	ResponseEntity<CallbackRequest> done(@PathVariable long id) {
		this.voicemails.markDone(id);
		return ResponseEntity.ok(this.requests.findById(id).orElseThrow(() -> notFound(id)));
	}

	private static ErrorResponseException notFound(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no callback request " + id + ".");
		problem.setType(ProblemTypes.of("not-found"));
		problem.setTitle("Not found");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

}
