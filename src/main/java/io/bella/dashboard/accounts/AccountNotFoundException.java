package io.bella.dashboard.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No staff account has the id in the address.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFoundException extends RuntimeException {

	AccountNotFoundException() {
		super("No staff account has this id.");
	}

}
