package io.bella.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.voice.TwilioApiDocs;
import io.bella.voice.TwilioDurations;
import io.bella.voice.TwimlResponse;
import io.bella.voice.WebhookDatabaseBudget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Twilio reports a voicemail ({@code <Record action="/twilio/recording"
 * recordingStatusCallback="/twilio/recording">}). The recording status callback (it
 * carries {@code RecordingStatus}) is answered at once with 204 and transcription happens
 * afterwards; the record action, while the caller is still on the line, is answered with
 * a spoken goodbye. The signature check on {@code /twilio/*} guards both.
 */
@RestController
@Tag(name = TwilioApiDocs.TAG, description = TwilioApiDocs.TAG_DESCRIPTION)
class RecordingCallbackController {

	private static final Logger log = LoggerFactory.getLogger(RecordingCallbackController.class);

	private final Voicemails voicemails;

	private final WebhookDatabaseBudget databaseBudget;

	RecordingCallbackController(Voicemails voicemails, WebhookDatabaseBudget databaseBudget) {
		this.voicemails = voicemails;
		this.databaseBudget = databaseBudget;
	}

	static final String GOODBYE = "Thank you. Your message has been recorded, and someone from the clinic will "
			+ "call you back. Goodbye.";

	@PostMapping(path = "/twilio/recording", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(operationId = "receiveRecording", summary = "A voicemail was recorded",
			description = "Both the action of <Record> (without RecordingStatus, while the caller is on the line: "
					+ "answered with a spoken goodbye) and its recordingStatusCallback (answered 204 at once; the "
					+ "recording is transcribed afterwards and listed in /api/callbacks).")
	@ApiResponse(responseCode = "200", description = TwilioApiDocs.TWIML,
			content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "204", description = "The status callback, acknowledged", content = @Content)
	ResponseEntity<String> recording(
			@Parameter(description = "Twilio's call SID") @RequestParam(name = "CallSid",
					required = false) String callSid,
			@Parameter(description = "Twilio's recording SID") @RequestParam(name = "RecordingSid",
					required = false) String recordingSid,
			@Parameter(description = "completed, absent or failed (others are ignored); none in the <Record> "
					+ "action") @RequestParam(name = "RecordingStatus", required = false) String status,
			@Parameter(description = "where Twilio keeps the audio") @RequestParam(name = "RecordingUrl",
					required = false) String recordingUrl,
			@Parameter(description = "the recording's length in seconds") @RequestParam(name = "RecordingDuration",
					required = false) String duration,
			@Parameter(description = "the caller's number") @RequestParam(name = "Caller",
					required = false) String caller,
			@Parameter(description = "the caller's number, read when Caller is absent") @RequestParam(name = "From",
					required = false) String from) {
		if (status == null) {
			return goodbye();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (callSid == null || !TwilioRecordings.CALL_SID.matcher(callSid).matches()) {
			errors.put("CallSid", "must be a Twilio call SID (CA followed by 32 hex digits)");
		}
		if (recordingSid == null || !TwilioRecordings.RECORDING_SID.matcher(recordingSid).matches()) {
			errors.put("RecordingSid", "must be a Twilio recording SID (RE followed by 32 hex digits)");
		}
		if (!errors.isEmpty()) {
			// signed by Twilio yet malformed: nothing to keep, and an error status helps
			// no one
			log.warn("Recording callback ignored: {}", errors);
			return ResponseEntity.noContent().build();
		}
		if (!status.equals("completed") && !status.equals("absent") && !status.equals("failed")) {
			// in-progress notifications carry nothing to keep
			return ResponseEntity.noContent().build();
		}
		Voicemails.RecordingReport report = new Voicemails.RecordingReport(callSid, firstText(caller, from),
				recordingSid, recordingUrl, status, TwilioDurations.seconds(duration, "RecordingDuration"));
		try {
			// not stored in time is not lost: RecordingReconciliation finds the
			// recording in Twilio's list once the database answers again
			this.databaseBudget.run("store recording " + recordingSid, () -> this.voicemails.accept(report));
		}
		catch (DuplicateKeyException ex) {
			// the same callback delivered twice at once: the other delivery stored it
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * Whatever fails (the database, most likely), Twilio gets a webhook answer, never an
	 * error page: the caller still on the line hears the goodbye; a status callback is
	 * acknowledged and the recording stays findable in Twilio by the SID logged here.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<String> failed(Exception ex, HttpServletRequest request) {
		log.error("Recording callback for {} failed; the recording is still in Twilio and reconciliation will "
				+ "store it", request.getParameter("RecordingSid"), ex);
		return (request.getParameter("RecordingStatus") == null) ? goodbye() : ResponseEntity.noContent().build();
	}

	private static ResponseEntity<String> goodbye() {
		TwimlResponse response = new TwimlResponse();
		response.verb("Say").text(GOODBYE);
		response.verb("Hangup");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(response.toXml());
	}

	private static String firstText(String... values) {
		for (String value : values) {
			if (StringUtils.hasText(value)) {
				return value.strip();
			}
		}
		return null;
	}

}
