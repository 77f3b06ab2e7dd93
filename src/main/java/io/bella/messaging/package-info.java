/**
 * What reaches a patient or the front desk after the call: SMS confirmations and
 * appointment reminders claimed before they are sent (never to a number that opted out),
 * what patients answer them (confirm, reschedule, stop) and what Twilio reports of their
 * delivery, voicemail recordings and their transcripts, callback requests and the retries
 * that finish what a crash interrupted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "booking", "dialogue", "voice", "system" })
package io.bella.messaging;
