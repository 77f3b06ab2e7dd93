package io.bella.voice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.bella.dialogue.CallOutcome;
import io.bella.system.InvalidRequestException;
import io.bella.system.ProblemTypes;
import io.bella.system.SupportedTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's view of the calls Bella took: who called, what was said and how it ended.
 */
@RestController
@RequestMapping("/api/calls")
class CallRecordController {

	private static final int MAX_LIMIT = 500;

	private static final Logger log = LoggerFactory.getLogger(CallRecordController.class);

	private final CallRecords callRecords;

	private final ObjectProvider<CallRecordExtension> extensions;

	CallRecordController(CallRecords callRecords, ObjectProvider<CallRecordExtension> extensions) {
		this.callRecords = callRecords;
		this.extensions = extensions;
	}

	@GetMapping
	List<CallRecord> calls(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) String outcome, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidRequestException("to", "must be after from");
		}
		return this.callRecords.find(SupportedTimes.check("from", instant(from)),
				SupportedTimes.check("to", instant(to)), outcome(outcome), limit);
	}

	@GetMapping("/{sid}")
	ResponseEntity<Object> call(@PathVariable String sid) {
		return this.callRecords.findBySid(sid)
			.<ResponseEntity<Object>>map((call) -> ResponseEntity.ok(extended(call)))
			.orElseGet(() -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						"No call with this SID was recorded.");
				problem.setType(ProblemTypes.of("not-found"));
				problem.setTitle("Not found");
				return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
			});
	}

	/**
	 * The call's record with what other modules keep of it; a part that cannot be read
	 * now is left out rather than failing the record.
	 */
	private ExtendedCallRecord extended(CallRecord call) {
		Map<String, Object> parts = new LinkedHashMap<>();
		this.extensions.orderedStream().forEach((extension) -> {
			try {
				Object part = extension.of(call);
				if (part != null) {
					parts.put(extension.key(), part);
				}
			}
			catch (RuntimeException ex) {
				log.warn("The call's {} is left out of its record: {}", extension.key(), ex.toString());
			}
		});
		return new ExtendedCallRecord(call, parts);
	}

	private static CallOutcome outcome(String outcome) {
		if (outcome == null || outcome.isBlank()) {
			return null;
		}
		try {
			return CallOutcome.valueOf(outcome.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("outcome", "must be one of booked, rescheduled, cancelled, transferred, "
					+ "message_taken, abandoned, failed");
		}
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * A call's record and the parts other modules keep of it, each under its key.
	 */
	static final class ExtendedCallRecord {

		private final CallRecord call;

		private final Map<String, Object> parts;

		ExtendedCallRecord(CallRecord call, Map<String, Object> parts) {
			this.call = call;
			this.parts = parts;
		}

		@JsonUnwrapped
		CallRecord getCall() {
			return this.call;
		}

		@JsonAnyGetter
		Map<String, Object> getParts() {
			return this.parts;
		}

	}

}
