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
import io.bella.system.ClinicTimeZone;
import io.bella.system.InvalidRequestException;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.bella.system.ProblemTypes;
import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
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
@Tag(name = "Calls", description = "The phone calls Bella took, with what was said and how they ended")
class CallRecordController {

	private static final Logger log = LoggerFactory.getLogger(CallRecordController.class);

	private final CallRecords callRecords;

	private final ClinicTimeZone clinicTimeZone;

	private final ObjectProvider<CallRecordExtension> extensions;

	CallRecordController(CallRecords callRecords, ClinicTimeZone clinicTimeZone,
			ObjectProvider<CallRecordExtension> extensions) {
		this.callRecords = callRecords;
		this.clinicTimeZone = clinicTimeZone;
		this.extensions = extensions;
	}

	@GetMapping
	@Operation(operationId = "listCalls", summary = "Calls, newest first, without their turns",
			description = "Calls that started at or after from and before to (ISO-8601 date-times with an offset); "
					+ "outcome in any case.")
	Page<CallResponse> calls(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@Parameter(description = "how the calls ended, as outcome reads (any case)") @RequestParam(
					required = false) String outcome,
			@Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = "items a page") @RequestParam(
					defaultValue = Paging.DEFAULT_SIZE_TEXT) @Min(1) @Max(Paging.MAX_SIZE) int size) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidRequestException("to", "must be after from");
		}
		return this.callRecords
			.find(SupportedTimes.check("from", instant(from)), SupportedTimes.check("to", instant(to)),
					outcome(outcome), new Paging(page, size))
			.map(this::response);
	}

	@GetMapping("/{sid}")
	@Operation(operationId = "getCall", summary = "One call with every turn",
			description = "With what other parts of Bella keep of the call, each under its key (cost: the call's "
					+ "cost lines).")
	ExtendedCall call(@PathVariable String sid) {
		CallRecord call = this.callRecords.findBySid(sid).orElseThrow(() -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No call with this SID was recorded.");
			problem.setType(ProblemTypes.of("not-found"));
			problem.setTitle("Not found");
			return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
		});
		return new ExtendedCall(response(call), parts(call));
	}

	/**
	 * What other modules keep of the call; a part that cannot be read now is left out
	 * rather than failing the record.
	 */
	private Map<String, Object> parts(CallRecord call) {
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
		return parts;
	}

	private CallResponse response(CallRecord call) {
		return new CallResponse(call.callSid(), call.caller(), call.called(),
				this.clinicTimeZone.local(call.startedAt()), this.clinicTimeZone.local(call.endedAt()),
				call.durationSec(), lower(call.outcome()), call.appointmentId(), call.turnCount(),
				call.turns()
					.stream()
					.map((turn) -> new TurnResponse(turn.turn(), turn.heard(), turn.confidence(), turn.said(),
							lower(turn.action()), turn.latencyMs(), turn.fallback(),
							this.clinicTimeZone.local(turn.at())))
					.toList());
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

	private static String lower(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * One phone call, its times with the clinic's offset.
	 *
	 * @param callSid Twilio's call SID
	 * @param caller the caller's number in E.164, or {@code anonymous}
	 * @param called the clinic number that was called
	 * @param startedAt when Bella answered
	 * @param endedAt when the call ended, {@code null} while it goes on
	 * @param durationSec the duration Twilio reported
	 * @param outcome how it ended, {@code null} while it goes on
	 * @param appointmentId the appointment the call touched
	 * @param turnCount how many turns the call had
	 * @param turns the turns, in order; empty in lists
	 */
	record CallResponse(String callSid, String caller, String called, OffsetDateTime startedAt, OffsetDateTime endedAt,
			Integer durationSec,
			@Schema(description = "booked, rescheduled, cancelled, transferred, message_taken, abandoned or failed; "
					+ "null while the call goes on", example = "booked") String outcome,
			Long appointmentId, int turnCount, List<TurnResponse> turns) {
	}

	/**
	 * One exchange of a call.
	 *
	 * @param turn the turn number, 0 being the greeting
	 * @param heard what the recognizer heard, {@code null} for the greeting or silence
	 * @param confidence the recognizer's confidence, {@code null} when nothing was heard
	 * @param said what Bella said
	 * @param action what Bella did after speaking
	 * @param latencyMs Bella's server time for the turn in milliseconds
	 * @param fallback whether this was the apology for a failure or a timeout
	 * @param at when the turn was answered
	 */
	record TurnResponse(int turn, String heard, Double confidence, String said,
			@Schema(description = "listen, transfer, take_message or hang_up", example = "listen") String action,
			long latencyMs, boolean fallback, OffsetDateTime at) {
	}

	/**
	 * A call's record and the parts other modules keep of it, each under its key.
	 */
	static final class ExtendedCall {

		private final CallResponse call;

		private final Map<String, Object> parts;

		ExtendedCall(CallResponse call, Map<String, Object> parts) {
			this.call = call;
			this.parts = parts;
		}

		@JsonUnwrapped
		CallResponse getCall() {
			return this.call;
		}

		@JsonAnyGetter
		Map<String, Object> getParts() {
			return this.parts;
		}

	}

}
