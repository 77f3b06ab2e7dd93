/**
 * The conversation, free of any transport: takes what a caller said and the state of the
 * call, and answers what to say and what to do next. Knows nothing of Twilio or HTTP; the
 * voice module is one transport, the simulators are others.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "booking", "extraction", "system" })
package io.bella.dialogue;
