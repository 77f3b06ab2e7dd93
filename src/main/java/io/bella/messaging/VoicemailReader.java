package io.bella.messaging;

import io.bella.voice.CallRecord;
import io.bella.voice.CallRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Reads what a voicemail's callback request does not yet hold: the words of the message,
 * transcribed from Twilio's recording, and who left it.
 */
@Component
class VoicemailReader {

	private static final Logger log = LoggerFactory.getLogger(VoicemailReader.class);

	private final TwilioRecordings recordings;

	private final WhisperTranscriber whisper;

	private final CallRecords calls;

	VoicemailReader(TwilioRecordings recordings, WhisperTranscriber whisper, CallRecords calls) {
		this.recordings = recordings;
		this.whisper = whisper;
		this.calls = calls;
	}

	/**
	 * The message's words, or a marker saying there are none or they could not be read.
	 */
	String transcribe(CallbackRequest request) {
		if (!this.recordings.enabled() || !this.whisper.enabled()) {
			return CallbackRequest.TRANSCRIPTION_UNAVAILABLE;
		}
		try {
			byte[] audio = this.recordings.downloadWav(request.recordingSid());
			String text = this.whisper.transcribe(audio, request.recordingSid() + ".wav");
			return StringUtils.hasText(text) ? text : CallbackRequest.NO_MESSAGE;
		}
		catch (RuntimeException ex) {
			// the recording stays with Twilio and staff can still listen to it
			log.warn("Voicemail {} kept without transcript: {}", request.recordingSid(), ex.toString());
			return CallbackRequest.TRANSCRIPTION_UNAVAILABLE;
		}
	}

	// the call's own record knows the caller; Twilio is asked only for calls Bella has no
	// record of (the database was down when the call started)
	String caller(CallbackRequest request) {
		String recorded = this.calls.findBySid(request.callSid()).map(CallRecord::caller).orElse(null);
		if (StringUtils.hasText(recorded) || !this.recordings.enabled()) {
			return recorded;
		}
		try {
			return this.recordings.caller(request.callSid());
		}
		catch (RuntimeException ex) {
			log.warn("Caller of call {} unknown: {}", request.callSid(), ex.toString());
			return null;
		}
	}

}
