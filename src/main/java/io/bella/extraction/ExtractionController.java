package io.bella.extraction;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.bella.system.ClinicTimeZone;
import io.bella.system.InvalidRequestException;
import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a client ask what a caller's words mean, with the same engine the phone dialogue
 * uses.
 */
@RestController
@Tag(name = "Assistant", description = "Caller understanding")
class ExtractionController {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private final AppointmentExtractor extractor;

	private final ClinicTimeZone clinicTimeZone;

	private final ClinicVocabularies vocabulary;

	private final ExtractionProperties properties;

	private final Clock clock;

	ExtractionController(AppointmentExtractor extractor, ClinicTimeZone clinicTimeZone, ExtractionProperties properties,
			Clock clock, ObjectProvider<ClinicVocabularies> vocabulary) {
		this.extractor = extractor;
		this.vocabulary = vocabulary.getIfAvailable(() -> ClinicVocabulary::builtIn);
		this.clinicTimeZone = clinicTimeZone;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping(path = "/api/assistant/extract-appointment", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "extractAppointment", summary = "Understand what a caller said", description = """
			Reads one utterance as a telephone speech recognizer wrote it and returns the intent and the \
			resolved date, time, time window, date range, duration, name, phone number (E.164) and \
			service. Relative dates ("tomorrow", "next Tuesday") are counted from reference_time in \
			timezone. Anything the caller did not say is null.""")
	@ApiResponse(responseCode = "200", description = "The reading of the utterance")
	@ApiResponse(responseCode = "400",
			description = "text missing, empty or longer than 2,000 characters; unknown timezone or expect; "
					+ "malformed reference_time (invalid-request, the fields named in errors)")
	ExtractAppointmentResponse extract(@Valid @RequestBody ExtractAppointmentRequest body) {
		Map<String, String> errors = new LinkedHashMap<>();
		ZoneId zone = zone(body.timezone(), errors);
		Expectation expect = expectation(body.expect(), errors);
		Instant referenceTime = (zone != null) ? referenceTime(body.referenceTime(), zone, errors) : null;
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		Extraction extraction = this.extractor
			.extract(new ExtractionRequest(body.text(), referenceTime, zone, expect, this.vocabulary.current()));
		return ExtractAppointmentResponse.of(extraction);
	}

	private ZoneId zone(String timezone, Map<String, String> errors) {
		if (!StringUtils.hasText(timezone)) {
			return clinicZone();
		}
		try {
			return ZoneId.of(timezone.strip());
		}
		catch (DateTimeException ex) {
			errors.put("timezone", "'" + timezone + "' is not an IANA time zone such as America/Toronto");
			return null;
		}
	}

	private ZoneId clinicZone() {
		// no clinic set up yet (demo data off): the configured zone
		return this.clinicTimeZone.zone().orElseGet(this.properties::defaultTimeZone);
	}

	private static Expectation expectation(String expect, Map<String, String> errors) {
		if (!StringUtils.hasText(expect)) {
			return null;
		}
		try {
			return Expectation.valueOf(expect.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.put("expect", "must be one of name, phone, date, time, confirmation");
			return null;
		}
	}

	private Instant referenceTime(String referenceTime, ZoneId zone, Map<String, String> errors) {
		if (!StringUtils.hasText(referenceTime)) {
			return Instant.now(this.clock);
		}
		String value = referenceTime.strip();
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			// a local date-time is read in the request's zone
			LocalDateTime local;
			try {
				local = LocalDateTime.parse(value);
			}
			catch (DateTimeParseException notLocal) {
				errors.put("reference_time",
						"must be an ISO-8601 date-time such as 2026-03-06T10:00:00-05:00 or 2026-03-06T10:00");
				return null;
			}
			try {
				return SupportedTimes.instant("reference_time", local, zone);
			}
			catch (InvalidRequestException notInZone) {
				errors.putAll(notInZone.errors());
				return null;
			}
		}
	}

	/**
	 * What a caller said and the context to read it in. Multi-word fields name their JSON
	 * property because the OpenAPI generator does not see the global snake_case setting.
	 */
	@Schema(description = "An utterance to understand")
	record ExtractAppointmentRequest(
			@Schema(description = "What the caller said, as the speech recognizer wrote it",
					example = "um I need an appointment tomorrow at 2 p m", requiredMode = Schema.RequiredMode.REQUIRED,
					maxLength = 2000) @NotBlank(message = "must not be empty") @Size(max = 2000,
							message = "must be at most 2000 characters") String text,
			@Schema(description = "The instant relative dates are counted from; ISO-8601 with offset, or local "
					+ "in timezone. Default: now", example = "2026-03-06T10:00:00-05:00",
					nullable = true) @JsonProperty("reference_time") String referenceTime,
			@Schema(description = "IANA time zone of the clinic. Default: the clinic's zone",
					example = "America/Toronto", nullable = true) String timezone,
			@Schema(description = "What the dialogue just asked for, so that a bare answer is read right",
					allowableValues = {
							"name", "phone", "date", "time", "confirmation" },
					nullable = true, example = "date") String expect){
	}

	/**
	 * The reading of an utterance; anything the caller did not say is null.
	 */
	@Schema(description = "The reading of an utterance; anything the caller did not say is null")
	record ExtractAppointmentResponse(@Schema(allowableValues = {
			"book", "reschedule", "cancel", "confirm", "deny", "human", "question", "unknown" },
			example = "book") String intent,
			@Schema(description = "YYYY-MM-DD", example = "2026-03-07", nullable = true) LocalDate date,
			@Schema(description = "HH:MM, 24 h", example = "14:00", nullable = true) String time,
			@Schema(description = "date and time with the zone's offset on that date",
					example = "2026-03-07T14:00:00-05:00", nullable = true) @JsonProperty("starts_at") String startsAt,
			@Schema(nullable = true) @JsonProperty("time_window") Window timeWindow,
			@Schema(nullable = true) @JsonProperty("date_range") Range dateRange,
			@Schema(example = "30", nullable = true) @JsonProperty("duration_min") Integer durationMin,
			@Schema(example = "Emily Roy", nullable = true) String name,
			@Schema(description = "E.164", example = "+14165550123", nullable = true) String phone,
			@Schema(description = "appointment-type word", example = "cleaning", nullable = true) String service,
			@Schema(description = "0 to 1", example = "0.9") double confidence,
			@Schema(example = "i need an appointment tomorrow at 2 pm") @JsonProperty("normalized_text") String normalizedText){

		static ExtractAppointmentResponse of(Extraction extraction) {
			Extraction.TimeWindow window = extraction.timeWindow();
			Extraction.DateRange range = extraction.dateRange();
			return new ExtractAppointmentResponse(
					(extraction.intent() != null) ? extraction.intent().name().toLowerCase(Locale.ROOT) : "unknown",
					extraction.date(), hoursMinutes(extraction.time()),
					(extraction.startsAt() != null)
							? extraction.startsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : null,
					(window != null) ? new Window(hoursMinutes(window.from()), hoursMinutes(window.to())) : null,
					(range != null) ? new Range(range.from(), range.to()) : null, extraction.durationMin(),
					extraction.name(), extraction.phone(), extraction.service(), extraction.confidence(),
					extraction.normalizedText());
		}

		private static String hoursMinutes(LocalTime time) {
			return (time != null) ? time.format(HOURS_MINUTES) : null;
		}

	}

	/**
	 * A window of times of day; either end may be open.
	 */
	@Schema(description = "A window of times of day, HH:MM; either end may be null")
	record Window(@Schema(example = "12:00", nullable = true) String from,
			@Schema(example = "17:00", nullable = true) String to) {
	}

	/**
	 * An inclusive range of dates.
	 */
	@Schema(description = "An inclusive range of dates, YYYY-MM-DD")
	record Range(@Schema(example = "2026-03-09") LocalDate from, @Schema(example = "2026-03-15") LocalDate to) {
	}

}
