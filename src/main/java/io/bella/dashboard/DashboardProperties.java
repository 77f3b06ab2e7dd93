package io.bella.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the staff dashboard ({@code bella.dashboard}).
 *
 * @param admin the first administrator, when chosen rather than generated
 * @param lockout when repeated failed sign-ins pause an account's sign-in
 */
@ConfigurationProperties("bella.dashboard")
public record DashboardProperties(@DefaultValue Admin admin, @DefaultValue Lockout lockout) {

	/**
	 * The first administrator's account ({@code BELLA_ADMIN_EMAIL},
	 * {@code BELLA_ADMIN_PASSWORD}), created at start-up when no account has this
	 * address; an existing account is left as it is.
	 *
	 * @param email the address to sign in with; blank for {@code admin@localhost} with a
	 * generated one-time password on an empty database
	 * @param password its password, at least 12 characters
	 */
	public record Admin(String email, String password) {

		public Admin {
			if (StringUtils.hasText(email) != StringUtils.hasText(password)) {
				throw new IllegalArgumentException(
						"BELLA_ADMIN_EMAIL and BELLA_ADMIN_PASSWORD are set together, or neither");
			}
			if (StringUtils.hasText(password) && password.length() < 12) {
				throw new IllegalArgumentException("must be at least 12 characters");
			}
		}

		public boolean configured() {
			return StringUtils.hasText(this.email);
		}

	}

	/**
	 * After {@code failures} failed sign-ins for one address within {@code window},
	 * further attempts are refused for {@code duration}.
	 *
	 * @param failures how many failures lock
	 * @param window the period they are counted in
	 * @param duration how long sign-in stays refused
	 */
	public record Lockout(@DefaultValue("5") int failures, @DefaultValue("15m") Duration window,
			@DefaultValue("15m") Duration duration) {

		public Lockout {
			if (failures < 1) {
				throw new IllegalArgumentException("must be 1 or more");
			}
		}

	}

}
