package io.bella.operations.notifications;

/**
 * A notice as one channel sends it.
 *
 * @param subject the e-mail subject (and a short form for the others)
 * @param body the message
 */
record AlertText(String subject, String body) {
}
