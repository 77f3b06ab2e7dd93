package io.bella.dashboard.accounts;

import java.util.List;

import io.bella.dashboard.audit.AuditAction;
import io.bella.dashboard.audit.AuditLog;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to staff accounts, each recorded in the audit log: invite
 * with a temporary password, change a role, disable or enable, reset a password. None of
 * it may leave the dashboard without an enabled administrator.
 */
@Component
class StaffAdministration {

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	StaffAdministration(StaffAccounts accounts, PasswordEncoder passwordEncoder, AuditLog audit) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/**
	 * @return the temporary password, to be shown once
	 * @throws AccountRefusedException when an account has the address
	 */
	@Transactional
	String invite(Actor actor, String email, String name, Role role) {
		String password = Passwords.temporary();
		StaffAccount account;
		try {
			account = this.accounts.create(email, name, role, this.passwordEncoder.encode(password), true);
		}
		catch (DuplicateKeyException ex) {
			throw new AccountRefusedException("An account with this email address exists already.");
		}
		this.audit.record(AuditAction.ACCOUNT_INVITED, actor.email(), actor.ip(),
				account.email() + " as " + role.name());
		return password;
	}

	@Transactional
	void changeRole(Actor actor, long id, Role role) {
		StaffAccount account = existing(id);
		if (account.role() == role) {
			return;
		}
		if (role != Role.ADMIN) {
			keepAnAdministrator(account, "demoted");
		}
		this.accounts.changeRole(id, role);
		this.audit.record(AuditAction.ROLE_CHANGED, actor.email(), actor.ip(),
				account.email() + ": " + account.role().name() + " to " + role.name());
	}

	@Transactional
	void changeEnabled(Actor actor, long id, boolean enabled) {
		StaffAccount account = existing(id);
		if (account.enabled() == enabled) {
			return;
		}
		if (!enabled) {
			keepAnAdministrator(account, "disabled");
		}
		this.accounts.changeEnabled(id, enabled);
		this.audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, actor.email(),
				actor.ip(), account.email());
	}

	/**
	 * @return the temporary password, to be shown once
	 */
	@Transactional
	String resetPassword(Actor actor, long id) {
		StaffAccount account = existing(id);
		String password = Passwords.temporary();
		this.accounts.changePassword(id, this.passwordEncoder.encode(password), true);
		this.audit.record(AuditAction.PASSWORD_RESET, actor.email(), actor.ip(), account.email());
		return password;
	}

	private StaffAccount existing(long id) {
		return this.accounts.findById(id).orElseThrow(AccountNotFoundException::new);
	}

	private void keepAnAdministrator(StaffAccount account, String change) {
		List<Long> administrators = this.accounts.lockEnabledAdministrators();
		if (administrators.size() == 1 && administrators.contains(account.id())) {
			throw new AccountRefusedException("The last enabled administrator cannot be " + change
					+ ": make another account an administrator first.");
		}
	}

	/**
	 * Who acts, for the audit log.
	 *
	 * @param email the administrator's address
	 * @param ip the client's address
	 */
	record Actor(String email, String ip) {

	}

}
