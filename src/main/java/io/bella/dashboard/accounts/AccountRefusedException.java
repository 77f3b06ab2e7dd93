package io.bella.dashboard.accounts;

/**
 * An action on staff accounts that the rules refuse, with the reason in words for the
 * page.
 */
class AccountRefusedException extends RuntimeException {

	AccountRefusedException(String message) {
		super(message);
	}

}
