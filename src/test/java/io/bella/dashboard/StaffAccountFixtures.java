package io.bella.dashboard;

import java.util.UUID;

import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Staff accounts with addresses of their own, for tests that share one database.
 */
record StaffAccountFixtures(StaffAccounts accounts, PasswordEncoder passwordEncoder) {

	static final String PASSWORD = "correct horse battery";

	/**
	 * Signs the account in with the login form and answers its session.
	 */
	static MockHttpSession signIn(MockMvc mvc, StaffAccount account) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("email", account.email()).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	StaffAccount create(String name, Role role) {
		return create(name, role, false);
	}

	StaffAccount create(String name, Role role, boolean mustChangePassword) {
		String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
		return this.accounts.create(email, name, role, this.passwordEncoder.encode(PASSWORD), mustChangePassword);
	}

}
