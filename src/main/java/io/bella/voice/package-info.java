/**
 * Phone calls: the dialogue engine, call sessions and records, the Twilio webhooks and
 * SMS confirmations.
 */
package io.bella.voice;
