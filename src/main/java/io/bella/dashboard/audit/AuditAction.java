package io.bella.dashboard.audit;

/**
 * What the audit log records.
 */
public enum AuditAction {

	SIGN_IN("Signed in"), SIGN_IN_FAILED("Sign-in failed"), SIGN_IN_REFUSED("Sign-in refused (locked)"),
	SIGN_OUT("Signed out"), PASSWORD_CHANGED("Changed own password"),
	FIRST_ADMIN_CREATED("First administrator created"), ACCOUNT_INVITED("Invited an account"),
	ROLE_CHANGED("Changed a role"), ACCOUNT_DISABLED("Disabled an account"), ACCOUNT_ENABLED("Enabled an account"),
	PASSWORD_RESET("Reset a password"), ALERT_ACKNOWLEDGED("Acknowledged an alert"),
	ALERT_RESOLVED("Resolved an alert"), ALERT_SILENCED("Silenced an alert's notices");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
