package io.bella.voice;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.bella.system.InvalidRequestException;

/**
 * Twilio's recording status callback for voicemails ({@code <Record
 * recordingStatusCallback="/twilio/recording">}). It answers at once; transcription
 * happens afterwards. The signature check on {@code /twilio/*} guards it.
 */
@RestController
class RecordingCallbackController {

	private final Voicemails voicemails;

	RecordingCallbackController(Voicemails voicemails) {
		this.voicemails = voicemails;
	}

	@PostMapping(path = "/twilio/recording", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Void> recording(@RequestParam Map<String, String> params) {
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
			throw new InvalidRequestException(errors);
		}
		String status = params.getOrDefault("RecordingStatus", "completed");
		if (!status.equals("completed") && !status.equals("absent") && !status.equals("failed")) {
			// in-progress notifications carry nothing to keep
			return ResponseEntity.noContent().build();
		}
		String caller = firstText(params.get("Caller"), params.get("From"));
		try {
			this.voicemails.accept(new Voicemails.RecordingReport(callSid, caller, recordingSid,
					params.get("RecordingUrl"), status, seconds(params.get("RecordingDuration"))));
		}
		catch (DuplicateKeyException ex) {
			// the same callback delivered twice at once: the other delivery stored it
		}
		return ResponseEntity.noContent().build();
	}

	private static String firstText(String... values) {
		for (String value : values) {
			if (StringUtils.hasText(value)) {
				return value.strip();
			}
		}
		return null;
	}

	private static Integer seconds(String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
