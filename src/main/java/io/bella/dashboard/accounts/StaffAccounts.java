package io.bella.dashboard.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff accounts in the database. Addresses are kept in lower case, so that one
 * unique index makes them unique whatever their spelling.
 */
@Component
public class StaffAccounts {

	private static final String COLUMNS = "id, email, name, role, password_hash, enabled, must_change_password, "
			+ "created_at, updated_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	public StaffAccounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An address as accounts are looked up by: trimmed, in lower case.
	 */
	public static String normalise(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	public Optional<StaffAccount> findByEmail(String email) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE email = ?")
			.param(normalise(email))
			.query(StaffAccounts::account)
			.optional();
	}

	public Optional<StaffAccount> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE id = ?")
			.param(id)
			.query(StaffAccounts::account)
			.optional();
	}

	public List<StaffAccount> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY LOWER(name), email")
			.query(StaffAccounts::account)
			.list();
	}

	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single() == 0;
	}

	/**
	 * Creates an account.
	 * @return the new account
	 * @throws org.springframework.dao.DuplicateKeyException when an account has the
	 * address
	 */
	public StaffAccount create(String email, String name, Role role, String passwordHash, boolean mustChangePassword) {
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO staff_account (email, name, role, password_hash, enabled, must_change_password,
				    created_at, updated_at)
				VALUES (?, ?, ?, ?, TRUE, ?, ?, ?)""")
			.params(normalise(email), name.strip(), role.name(), passwordHash, mustChangePassword, now, now)
			.update();
		return findByEmail(email).orElseThrow();
	}

	void changePassword(long id, String passwordHash, boolean mustChangePassword) {
		this.jdbc
			.sql("UPDATE staff_account SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?")
			.params(passwordHash, mustChangePassword, now(), id)
			.update();
	}

	void changeRole(long id, Role role) {
		this.jdbc.sql("UPDATE staff_account SET role = ?, updated_at = ? WHERE id = ?")
			.params(role.name(), now(), id)
			.update();
	}

	void changeEnabled(long id, boolean enabled) {
		this.jdbc.sql("UPDATE staff_account SET enabled = ?, updated_at = ? WHERE id = ?")
			.params(enabled, now(), id)
			.update();
	}

	/**
	 * The ids of the enabled administrators, locked until the end of the transaction, so
	 * that two administrators demoting each other at once cannot leave none.
	 */
	List<Long> lockEnabledAdministrators() {
		return this.jdbc.sql("SELECT id FROM staff_account WHERE role = 'ADMIN' AND enabled ORDER BY id FOR UPDATE")
			.query(Long.class)
			.list();
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static StaffAccount account(ResultSet row, int number) throws SQLException {
		return new StaffAccount(row.getLong("id"), row.getString("email"), row.getString("name"),
				Role.valueOf(row.getString("role")), row.getString("password_hash"), row.getBoolean("enabled"),
				row.getBoolean("must_change_password"), instant(row, "created_at"), instant(row, "updated_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

}
