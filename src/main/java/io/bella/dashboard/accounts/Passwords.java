package io.bella.dashboard.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * What a staff password must be, and the temporary ones Bella makes: at least
 * {@value #MINIMUM_LENGTH} characters, at most {@value #MAXIMUM_BYTES} bytes (all that
 * bcrypt reads), and not the account's own address.
 */
public final class Passwords {

	/** The fewest characters a password may have. */
	public static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_BYTES = 72;

	// no 0/O, 1/l/I: a temporary password is read off a screen and typed
	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int TEMPORARY_LENGTH = 20;

	private static final SecureRandom random = new SecureRandom();

	private Passwords() {
	}

	/**
	 * What is wrong with a password chosen for an account, in words for the page.
	 * @return the problem, or empty when the password will do
	 */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			return Optional.of("The new password needs at least " + MINIMUM_LENGTH + " characters.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return Optional.of("The new password is too long: at most " + MAXIMUM_BYTES + " bytes.");
		}
		if (password.strip().equalsIgnoreCase(StaffAccounts.normalise(email))) {
			return Optional.of("The new password must not be your email address.");
		}
		return Optional.empty();
	}

	/**
	 * A random password of {@value #TEMPORARY_LENGTH} letters and digits (about 116
	 * bits), to be shown once and replaced at the next sign-in.
	 */
	public static String temporary() {
		StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
		for (int i = 0; i < TEMPORARY_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
