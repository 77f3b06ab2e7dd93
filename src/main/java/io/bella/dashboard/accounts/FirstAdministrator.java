package io.bella.dashboard.accounts;

import io.bella.dashboard.DashboardProperties;
import io.bella.dashboard.audit.AuditAction;
import io.bella.dashboard.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in to a new dashboard. With {@code BELLA_ADMIN_EMAIL} and
 * {@code BELLA_ADMIN_PASSWORD} set, an administrator with that address is created when no
 * account has it (an existing one, and its password, are left alone). Without them, on a
 * database with no account at all, {@value #DEFAULT_EMAIL} is created with a one-time
 * password printed once in the log, which the first sign-in must replace. Instances
 * starting at once race on the address's unique index: one creates the account, the
 * others find it there.
 */
@Component
public class FirstAdministrator {

	/** The address of the generated administrator. */
	public static final String DEFAULT_EMAIL = "admin@localhost";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final DashboardProperties.Admin admin;

	private final AuditLog audit;

	FirstAdministrator(StaffAccounts accounts, PasswordEncoder passwordEncoder, DashboardProperties properties,
			AuditLog audit) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.admin = properties.admin();
		this.audit = audit;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		String base = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? "http://localhost:" + web.getWebServer().getPort() : "";
		createIfMissing(base + "/login");
	}

	/**
	 * Creates the first administrator when there is none as described above.
	 * @param signInUrl where to sign in, for the line that shows a generated password
	 * @return whether this call created it
	 */
	public boolean createIfMissing(String signInUrl) {
		if (this.admin.configured()) {
			if (this.accounts.findByEmail(this.admin.email()).isPresent()) {
				return false;
			}
			return create(this.admin.email(), this.admin.password(), false);
		}
		if (!this.accounts.isEmpty()) {
			return false;
		}
		String password = Passwords.temporary();
		if (!create(DEFAULT_EMAIL, password, true)) {
			return false;
		}
		log.info("Dashboard: sign in at {} as {} with the one-time password {} and choose your own "
				+ "(shown only now; set BELLA_ADMIN_EMAIL and BELLA_ADMIN_PASSWORD to choose the first "
				+ "administrator instead)", signInUrl, DEFAULT_EMAIL, password);
		return true;
	}

	private boolean create(String email, String password, boolean mustChangePassword) {
		try {
			this.accounts.create(email, "Administrator", Role.ADMIN, this.passwordEncoder.encode(password),
					mustChangePassword);
		}
		catch (DuplicateKeyException ex) {
			// another instance starting at the same time created it first
			return false;
		}
		this.audit.record(AuditAction.FIRST_ADMIN_CREATED, "bella", null, StaffAccounts.normalise(email));
		return true;
	}

}
