package io.bella.operations.alerts;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.bella.system.ClinicTimeZone;
import io.bella.system.InvalidRequestException;
import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Silences: hold back the notices of matching alerts until an end time.
 */
@RestController
@RequestMapping("/api/unified/silences")
@Tag(name = "Alerts")
class SilenceController {

	private static final Duration LONGEST = Duration.ofDays(366);

	private final Silences silences;

	private final ClinicTimeZone clinicZone;

	private final Clock clock;

	SilenceController(Silences silences, ClinicTimeZone clinicZone, Clock clock) {
		this.silences = silences;
		this.clinicZone = clinicZone;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listSilences", summary = "Silences active now or still to end")
	List<SilenceResponse> list() {
		return this.silences.findCurrent(this.clock.instant()).stream().map(this::response).toList();
	}

	@PostMapping
	@Operation(operationId = "addSilence", summary = "Silence alerts until an end time",
			description = "Matches alerts on every matcher given (rule, component, severity; at least one). ends_at "
					+ "is an ISO-8601 date-time with an offset, in the future and within a year.")
	ResponseEntity<SilenceResponse> create(@Valid @RequestBody CreateSilence request) {
		Instant now = this.clock.instant();
		if (blank(request.rule()) && blank(request.component()) && blank(request.severity())) {
			throw new InvalidRequestException("matchers", "give at least one of rule, component, severity");
		}
		Instant endsAt = endsAt(request.endsAt());
		if (!endsAt.isAfter(now)) {
			throw new InvalidRequestException("ends_at", "must be in the future");
		}
		if (endsAt.isAfter(now.plus(LONGEST))) {
			throw new InvalidRequestException("ends_at", "must be within a year");
		}
		Silence silence = this.silences.create(trimmed(request.rule()), trimmed(request.component()),
				blank(request.severity()) ? null : Severity.parse("severity", request.severity()), now, endsAt,
				blank(request.by()) ? "operator" : request.by().strip(), trimmed(request.comment()));
		return ResponseEntity.created(URI.create("/api/unified/silences/" + silence.id())).body(response(silence));
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "endSilence", summary = "End a silence now",
			description = "204; the silence is kept, ended. 404 when unknown.")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.silences.find(id).orElseThrow(() -> new UnknownIdException("silence", id));
		this.silences.end(id, this.clock.instant());
		return ResponseEntity.noContent().build();
	}

	private SilenceResponse response(Silence silence) {
		ZoneId zone = this.clinicZone.zone().orElse(ZoneOffset.UTC);
		return new SilenceResponse(silence.id(), silence.rule(), silence.component(),
				(silence.severity() != null) ? silence.severity().name() : null,
				AlertResponse.at(silence.startsAt(), zone), AlertResponse.at(silence.endsAt(), zone),
				silence.activeAt(this.clock.instant()), silence.createdBy(), silence.comment());
	}

	private static Instant endsAt(String value) {
		try {
			return SupportedTimes.check("ends_at", OffsetDateTime.parse(value.strip()).toInstant());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("ends_at",
					"must be an ISO-8601 date-time with an offset, such as 2026-12-01T18:00:00-05:00");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return blank(value) ? null : value.strip();
	}

	@Schema(example = """
			{"component": "slack", "ends_at": "2026-12-01T18:00:00-05:00", "comment": "Slack maintenance",
			 "by": "Sam (on call)"}""")
	record CreateSilence(@Size(max = 100) String rule, @Size(max = 100) String component, String severity,
			@NotBlank String endsAt, @Size(max = 500) String comment, @Size(max = 200) String by) {
	}

	/**
	 * A silence as the API writes it.
	 *
	 * @param active whether it mutes alerts now
	 */
	record SilenceResponse(long id, String rule, String component, String severity, OffsetDateTime startsAt,
			OffsetDateTime endsAt, boolean active, String createdBy, String comment) {
	}

}
