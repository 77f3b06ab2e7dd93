package io.bella.dashboard;

import java.util.UUID;

import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff accounts with addresses of their own, for tests that share one database.
 */
record StaffAccountFixtures(StaffAccounts accounts, PasswordEncoder passwordEncoder) {

	static final String PASSWORD = "correct horse battery";

	StaffAccount create(String name, Role role) {
		return create(name, role, false);
	}

	StaffAccount create(String name, Role role, boolean mustChangePassword) {
		String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
		return this.accounts.create(email, name, role, this.passwordEncoder.encode(PASSWORD), mustChangePassword);
	}

}
