package io.bella.messaging;

/**
 * Twilio finished a voicemail recording and a callback request was stored for it; its
 * transcription happens after commit, durably, from this event.
 *
 * @param callbackRequestId the stored callback request
 * @param recordingSid the Twilio recording to fetch
 */
record VoicemailRecorded(long callbackRequestId, String recordingSid) {
}
