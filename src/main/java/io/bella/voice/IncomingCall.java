package io.bella.voice;

/**
 * The call parameters every Twilio voice webhook carries.
 *
 * @param callSid Twilio's call SID
 * @param from the caller's number, or a withheld marker
 * @param to the clinic number that was called
 */
record IncomingCall(String callSid, String from, String to) {
}
