package io.bella.dashboard.accounts;

import java.time.Instant;

/**
 * A member of staff who signs in to the dashboard.
 *
 * @param id the account's id
 * @param email the address to sign in with, in lower case
 * @param name the name shown in the dashboard
 * @param role what the account may do
 * @param passwordHash the password in Spring Security's delegating format
 * @param enabled whether the account may sign in
 * @param mustChangePassword whether its password is a temporary one that the next sign-in
 * must replace
 * @param createdAt when the account was created
 * @param updatedAt when it was last changed
 */
public record StaffAccount(long id, String email, String name, Role role, String passwordHash, boolean enabled,
		boolean mustChangePassword, Instant createdAt, Instant updatedAt) {

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	/**
	 * Whether the account may use the dashboard's pages now: enabled, and not waiting for
	 * its temporary password to be replaced.
	 */
	public boolean active() {
		return this.enabled && !this.mustChangePassword;
	}

}
