/**
 * Caller understanding: turns what a caller said, as a speech recognizer wrote it, into
 * an intent and resolved dates, times, names and phone numbers. Pure: no database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "system")
package io.bella.extraction;
