package io.bella.dialogue;

/**
 * How a call ended for the caller.
 */
public enum CallOutcome {

	BOOKED, RESCHEDULED, CANCELLED, TRANSFERRED, MESSAGE_TAKEN, ABANDONED, FAILED

}
