package io.bella.booking;

/**
 * The requested time is already taken (or became taken while booking).
 */
public class SlotUnavailableException extends RuntimeException {

	public SlotUnavailableException(String message) {
		super(message);
	}

}
