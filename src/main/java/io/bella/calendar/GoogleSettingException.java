package io.bella.calendar;

/**
 * A Google setting Bella cannot use: start-up stops with one line naming it, rather than
 * run with calendars that silently never change.
 */
class GoogleSettingException extends IllegalStateException {

	private final String action;

	GoogleSettingException(String problem, String action) {
		super(problem);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}
