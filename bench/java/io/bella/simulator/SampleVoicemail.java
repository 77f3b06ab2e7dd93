package io.bella.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The message a simulated caller leaves, as Twilio reports a finished recording. There is
 * no audio: Bella never fetches {@code RecordingUrl} (it asks Twilio's REST API for the
 * recording by its SID, with {@code TWILIO_ACCOUNT_SID}), so without Twilio the callback
 * request it stores reads "transcription unavailable".
 *
 * @param accountSid the Twilio account the call belongs to
 * @param recordingSid the recording, {@code RE} and 32 hex digits
 * @param durationSec how long the message is
 */
record SampleVoicemail(String accountSid, String recordingSid, int durationSec) {

	static SampleVoicemail of(String accountSid) {
		return new SampleVoicemail(accountSid, "RE" + UUID.randomUUID().toString().replace("-", ""), 12);
	}

	String recordingUrl() {
		return "https://api.twilio.com/2010-04-01/Accounts/" + this.accountSid + "/Recordings/" + this.recordingSid;
	}

	/** What Twilio adds to the call's parameters when it posts the record action. */
	Map<String, String> recordAction() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("RecordingUrl", recordingUrl());
		parameters.put("RecordingSid", this.recordingSid);
		parameters.put("RecordingDuration", String.valueOf(this.durationSec));
		parameters.put("Digits", "hangup");
		return parameters;
	}

	/** What Twilio posts to the recording status callback once the recording is ready. */
	Map<String, String> statusCallback(Map<String, String> callParameters) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("AccountSid", this.accountSid);
		parameters.put("CallSid", callParameters.get("CallSid"));
		parameters.put("RecordingSid", this.recordingSid);
		parameters.put("RecordingUrl", recordingUrl());
		parameters.put("RecordingStatus", "completed");
		parameters.put("RecordingDuration", String.valueOf(this.durationSec));
		parameters.put("RecordingChannels", "1");
		parameters.put("RecordingSource", "RecordVerb");
		return parameters;
	}

}
