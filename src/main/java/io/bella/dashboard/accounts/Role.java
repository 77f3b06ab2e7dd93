package io.bella.dashboard.accounts;

/**
 * What a member of staff may do in the dashboard: {@code STAFF} works with the schedule,
 * patients and calls; {@code ADMIN} also manages settings, staff accounts and reads the
 * audit log.
 */
public enum Role {

	ADMIN, STAFF;

	/**
	 * The authority Spring Security grants for this role.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
