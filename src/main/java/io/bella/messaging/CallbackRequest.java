package io.bella.messaging;

import java.time.Instant;

/**
 * A caller's voicemail waiting for staff to call back.
 *
 * @param id the request's id
 * @param callSid the Twilio call it was left on
 * @param caller the caller's number, E.164, or {@code anonymous} / {@code null} when
 * unknown
 * @param recordingSid the Twilio recording
 * @param recordingUrl where Twilio keeps the audio (needs the account's credentials)
 * @param durationSec the recording's length in seconds
 * @param transcript what the caller said, {@code null} while it is being transcribed, or
 * {@value #TRANSCRIPTION_UNAVAILABLE} when it could not be
 * @param status {@code open} until staff mark it {@code done}
 * @param createdAt when the recording arrived
 * @param doneAt when staff marked it done
 */
public record CallbackRequest(long id, String callSid, String caller, String recordingSid, String recordingUrl,
		Integer durationSec, String transcript, String status, Instant createdAt, Instant doneAt) {

	/** The transcript of a recording that could not be transcribed; the audio is kept. */
	public static final String TRANSCRIPTION_UNAVAILABLE = "transcription unavailable";

	/** The transcript of a call where the caller left no audible message. */
	public static final String NO_MESSAGE = "no message recorded";

	public static final String OPEN = "open";

	public static final String DONE = "done";

}
