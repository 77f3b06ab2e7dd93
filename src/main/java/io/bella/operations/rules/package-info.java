/**
 * Alert rules about Bella's own platform: the database not taking writes, Redis not
 * answering, event publications left incomplete (texts and transcriptions not done),
 * texts Twilio could not deliver, and providers' calendars not synchronised (their
 * bookings blocked).
 */
package io.bella.operations.rules;
