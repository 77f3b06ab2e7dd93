package io.bella.extraction;

/**
 * What the caller wants.
 */
public enum Intent {

	BOOK, RESCHEDULE, CANCEL, CONFIRM, DENY, HUMAN, QUESTION, UNKNOWN

}
