package io.bella.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;

import io.bella.system.InvalidRequestException;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.bella.system.PhoneNumbers;
import io.bella.system.RowStreams;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The clinic's patients, one record each: a patient is their phone number (E.164) and
 * their name as {@link PatientNames#key} reads it. Several people may share a number (a
 * family) when their names differ.
 */
@Service
public class Patients {

	private static final RowMapper<Patient> MAPPER = (rs, row) -> {
		OffsetDateTime optedOutAt = rs.getObject("sms_opt_out_at", OffsetDateTime.class);
		return new Patient(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("sms_opt_out"),
				(optedOutAt != null) ? optedOutAt.toInstant() : null);
	};

	private static final int ID_BATCH = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PhoneNumbers phoneNumbers;

	private final TransactionTemplate savepoint;

	private final RowStreams rowStreams;

	Patients(JdbcClient jdbc, Clock clock, PhoneNumbers phoneNumbers, PlatformTransactionManager transactions,
			RowStreams rowStreams) {
		this.jdbc = jdbc;
		this.rowStreams = rowStreams;
		this.clock = clock;
		this.phoneNumbers = phoneNumbers;
		// inside a caller's transaction the insert gets a savepoint of its own, so that
		// losing the race to another instance leaves that transaction usable
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * The patient with this number and name: the one already registered, else a new
	 * record.
	 * @throws InvalidRequestException when the name is blank or the number is not a valid
	 * phone number
	 */
	public Patient register(String name, String phone, String email) {
		return registerOrFind(name, phone, email).patient();
	}

	/**
	 * Registers a patient unless one with the same number and name exists, whose record
	 * is returned instead (given the e-mail address if it had none). Two instances
	 * registering the same person at once get the same record: the unique index on number
	 * and name key admits one row, and the loser reads it.
	 * @throws InvalidRequestException when the name has no letter or digit, or the number
	 * is not a valid phone number
	 */
	public Registration registerOrFind(String name, String phone, String email) {
		String displayName = displayName(name);
		String key = PatientNames.key(displayName);
		String e164 = e164(phone);
		String mail = StringUtils.hasText(email) ? email.strip() : null;
		Optional<Patient> existing = find(e164, key);
		if (existing.isPresent()) {
			return new Registration(addMissingEmail(existing.get(), mail), false);
		}
		try {
			return new Registration(this.savepoint.execute((status) -> insert(displayName, key, e164, mail)), true);
		}
		catch (DuplicateKeyException ex) {
			Patient registered = find(e164, key).orElseThrow(() -> ex);
			return new Registration(addMissingEmail(registered, mail), false);
		}
	}

	/**
	 * Changes a patient's name, number and e-mail address, validated as a registration
	 * is. When another patient has that number and name already, nothing changes and the
	 * answer holds that patient's record instead.
	 * @throws NotFoundException when there is no such patient
	 * @throws InvalidRequestException when the name has no letter or digit, or the number
	 * is not a valid phone number
	 */
	public Registration update(long id, String name, String phone, String email) {
		String displayName = displayName(name);
		String key = PatientNames.key(displayName);
		String e164 = e164(phone);
		String mail = StringUtils.hasText(email) ? email.strip() : null;
		findById(id).orElseThrow(() -> new NotFoundException("user", id));
		Optional<Patient> other = find(e164, key).filter((patient) -> patient.id() != id);
		if (other.isPresent()) {
			return new Registration(other.get(), false);
		}
		try {
			// a new number brings its own opt-out with it: the number opted out, not the
			// person
			this.savepoint.executeWithoutResult((status) -> this.jdbc.sql("""
					UPDATE patient SET name = :name, name_key = :key, email = :email,
					    sms_opt_out = CASE WHEN phone = :phone THEN sms_opt_out ELSE EXISTS (
					        SELECT 1 FROM patient o WHERE o.phone = :phone AND o.sms_opt_out) END,
					    sms_opt_out_at = CASE WHEN phone = :phone THEN sms_opt_out_at ELSE (
					        SELECT MIN(o.sms_opt_out_at) FROM patient o WHERE o.phone = :phone AND o.sms_opt_out) END,
					    phone = :phone
					WHERE id = :id""")
				.param("name", displayName)
				.param("key", key)
				.param("email", mail)
				.param("phone", e164)
				.param("id", id)
				.update());
		}
		catch (DuplicateKeyException ex) {
			return new Registration(find(e164, key).orElseThrow(() -> ex), false);
		}
		return new Registration(findById(id).orElseThrow(), true);
	}

	/**
	 * A page of the patients the query finds, by name.
	 */
	public Page<Patient> search(PatientQuery query, Paging paging) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		if (where == null) {
			return Page.of(List.of(), paging, 0);
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM patient" + where).params(params).query(Long.class).single();
		params.add(paging.size());
		params.add(paging.offset());
		return Page.of(this.jdbc.sql("SELECT * FROM patient" + where + " ORDER BY name_key, id LIMIT ? OFFSET ?")
			.params(params)
			.query(MAPPER)
			.list(), paging, total);
	}

	/**
	 * Hands every patient the query finds to the consumer as they are read, by name: the
	 * patients {@link #search} pages through.
	 */
	public void forEach(PatientQuery query, Consumer<Patient> consumer) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		if (where != null) {
			this.rowStreams.query("SELECT * FROM patient" + where + " ORDER BY name_key, id", params,
					(rs) -> consumer.accept(MAPPER.mapRow(rs, rs.getRow())));
		}
	}

	/**
	 * The query's conditions; {@code null} when it can find nobody (a text that is
	 * neither a phone number nor holds a letter or digit).
	 */
	private String where(PatientQuery query, List<Object> params) {
		StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
		if (StringUtils.hasText(query.text())) {
			Optional<String> e164 = this.phoneNumbers.e164(query.text());
			String key = PatientNames.key(query.text());
			if (e164.isPresent()) {
				where.add("phone = ?");
				params.add(e164.get());
			}
			else if (!key.isEmpty()) {
				where.add("name_key LIKE ?");
				params.add("%" + key + "%");
			}
			else {
				return null;
			}
		}
		if (query.from() != null) {
			where.add("created_at >= ?");
			params.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
		}
		if (query.to() != null) {
			where.add("created_at < ?");
			params.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
		}
		return where.toString();
	}

	public Optional<Patient> findById(long id) {
		return this.jdbc.sql("SELECT * FROM patient WHERE id = ?").param(id).query(MAPPER).optional();
	}

	/**
	 * The patients with these ids (those that exist), in no particular order.
	 */
	public List<Patient> findAllById(Collection<Long> ids) {
		List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
		List<Patient> found = new ArrayList<>(wanted.size());
		// a bounded number of bind parameters a statement, which every driver takes
		for (int from = 0; from < wanted.size(); from += ID_BATCH) {
			found.addAll(this.jdbc.sql("SELECT * FROM patient WHERE id IN (:ids)")
				.param("ids", wanted.subList(from, Math.min(from + ID_BATCH, wanted.size())))
				.query(MAPPER)
				.list());
		}
		return found;
	}

	public List<Patient> findAllByPhone(String phone) {
		Optional<String> e164 = this.phoneNumbers.e164(phone);
		if (e164.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM patient WHERE phone = ? ORDER BY id DESC")
			.param(e164.get())
			.query(MAPPER)
			.list();
	}

	/**
	 * A page of the patients, in the order they registered; with a phone number, only
	 * those who have it (none when it is not a phone number).
	 */
	public Page<Patient> find(String phone, Paging paging) {
		String where = "";
		List<Object> params = new ArrayList<>();
		if (phone != null) {
			Optional<String> e164 = this.phoneNumbers.e164(phone);
			if (e164.isEmpty()) {
				return Page.of(List.of(), paging, 0);
			}
			where = " WHERE phone = ?";
			params.add(e164.get());
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM patient" + where).params(params).query(Long.class).single();
		params.add(paging.size());
		params.add(paging.offset());
		return Page.of(this.jdbc.sql("SELECT * FROM patient" + where + " ORDER BY id LIMIT ? OFFSET ?")
			.params(params)
			.query(MAPPER)
			.list(), paging, total);
	}

	/**
	 * Locks the patient's row until the transaction ends, serializing every booking of
	 * that patient on every database.
	 * @return the patient, or empty when there is none (any more)
	 */
	Optional<Patient> lock(long id) {
		return this.jdbc.sql("SELECT * FROM patient WHERE id = ? FOR UPDATE").param(id).query(MAPPER).optional();
	}

	/**
	 * Removes a patient who no longer has anything that refers to them.
	 */
	void delete(long id) {
		this.jdbc.sql("DELETE FROM patient WHERE id = ?").param(id).update();
	}

	/**
	 * The record with the address set if it had none; an address on record is kept.
	 */
	Patient addMissingEmail(Patient patient, String email) {
		if (email == null || patient.email() != null) {
			return patient;
		}
		this.jdbc.sql("UPDATE patient SET email = ? WHERE id = ? AND email IS NULL")
			.params(email, patient.id())
			.update();
		return findById(patient.id()).orElse(patient);
	}

	private static String displayName(String name) {
		if (!StringUtils.hasText(name)) {
			throw new InvalidRequestException("name", "must not be blank");
		}
		String displayName = name.strip().replaceAll("\\s+", " ");
		if (PatientNames.key(displayName).isEmpty()) {
			throw new InvalidRequestException("name", "must contain a letter or a digit");
		}
		return displayName;
	}

	private String e164(String phone) {
		return this.phoneNumbers.e164(phone)
			.orElseThrow(() -> new InvalidRequestException("phone",
					"is not a valid phone number (use E.164 like +14165550123, or a number without country code from "
							+ this.phoneNumbers.region() + ")"));
	}

	private Optional<Patient> find(String e164, String key) {
		return this.jdbc.sql("SELECT * FROM patient WHERE phone = ? AND name_key = ?")
			.params(e164, key)
			.query(MAPPER)
			.optional();
	}

	private Patient insert(String name, String key, String e164, String email) {
		Instant now = this.clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO patient (name, name_key, phone, email, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(name, key, e164, email, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		// the number opted out, not the person: one registered on it later is opted out
		// too
		int optedOut = this.jdbc.sql("""
				UPDATE patient SET sms_opt_out = TRUE, sms_opt_out_at = (SELECT MIN(o.sms_opt_out_at) FROM patient o
				    WHERE o.phone = :phone AND o.sms_opt_out)
				WHERE id = :id AND EXISTS (SELECT 1 FROM patient o WHERE o.phone = :phone AND o.sms_opt_out)""")
			.param("phone", e164)
			.param("id", id)
			.update();
		return (optedOut > 0) ? findById(id).orElseThrow() : new Patient(id, name, e164, email, now, false, null);
	}

	/**
	 * What registering a patient came to.
	 *
	 * @param patient the patient's record
	 * @param created whether the record is new; {@code false} when the patient was
	 * registered already
	 */
	public record Registration(Patient patient, boolean created) {
	}

}
