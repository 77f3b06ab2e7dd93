/**
 * Phone calls over Twilio: the signed webhooks, TwiML, the conductor that runs each turn
 * through the dialogue within the turn budget, call sessions (in memory or Redis) and
 * call records.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "booking", "dialogue", "extraction", "system" })
package io.bella.voice;
