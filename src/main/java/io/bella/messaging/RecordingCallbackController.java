package io.bella.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import io.bella.voice.TwilioDurations;
import io.bella.voice.WebhookDatabaseBudget;
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
	ResponseEntity<String> recording(@RequestParam Map<String, String> params) {
		if (!params.containsKey("RecordingStatus")) {
			return goodbye();
		}
		String callSid = params.get("CallSid");
		String recordingSid = params.get("RecordingSid");
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
		String status = params.getOrDefault("RecordingStatus", "completed");
		if (!status.equals("completed") && !status.equals("absent") && !status.equals("failed")) {
			// in-progress notifications carry nothing to keep
			return ResponseEntity.noContent().build();
		}
		String caller = firstText(params.get("Caller"), params.get("From"));
		Voicemails.RecordingReport report = new Voicemails.RecordingReport(callSid, caller, recordingSid,
				params.get("RecordingUrl"), status,
				TwilioDurations.seconds(params.get("RecordingDuration"), "RecordingDuration"));
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
		VoiceResponse response = new VoiceResponse.Builder().say(new Say.Builder(GOODBYE).build())
			.hangup(new Hangup.Builder().build())
			.build();
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
