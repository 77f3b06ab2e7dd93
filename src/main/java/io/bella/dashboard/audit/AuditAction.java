package io.bella.dashboard.audit;

/**
 * What the audit log records.
 */
public enum AuditAction {

	SIGN_IN("Signed in"), SIGN_IN_FAILED("Sign-in failed"), SIGN_IN_REFUSED("Sign-in refused (locked)"),
	SIGN_OUT("Signed out"), PASSWORD_CHANGED("Changed own password"),
	FIRST_ADMIN_CREATED("First administrator created"), ACCOUNT_INVITED("Invited an account"),
	ROLE_CHANGED("Changed a role"), ACCOUNT_DISABLED("Disabled an account"), ACCOUNT_ENABLED("Enabled an account"),
	PASSWORD_RESET("Reset a password"), CLINIC_CHANGED("Changed the clinic's details"),
	BOOKING_RULES_CHANGED("Changed the booking rules"), PROVIDER_ADDED("Added a provider"),
	PROVIDER_CHANGED("Changed a provider"), WEEKLY_HOURS_CHANGED("Changed a provider's weekly hours"),
	SCHEDULE_EXCEPTION_SET("Set a provider's hours on a date"),
	SCHEDULE_EXCEPTION_REMOVED("Removed a provider's hours on a date"),
	APPOINTMENT_TYPE_ADDED("Added an appointment type"), APPOINTMENT_TYPE_CHANGED("Changed an appointment type"),
	CLOSED_DATE_ADDED("Closed on a date"), CLOSED_DATE_REMOVED("Reopened a closed date"),
	HOLIDAYS_ADDED("Closed on statutory holidays"), CALENDAR_FEED_ISSUED("Issued a provider's calendar feed link"),
	CALENDAR_FEED_REVOKED("Revoked a provider's calendar feed link"),
	PROVIDER_CALENDAR_CHANGED("Changed a provider's Google calendar"),
	CALENDAR_SYNCHRONISED("Imported a provider's busy times"), GOOGLE_ACCOUNT_CONNECTED("Connected a Google account"),
	GOOGLE_ACCOUNT_DISCONNECTED("Disconnected the Google account"), ALERT_ACKNOWLEDGED("Acknowledged an alert"),
	ALERT_RESOLVED("Resolved an alert"), ALERT_SILENCED("Silenced an alert's notices");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
