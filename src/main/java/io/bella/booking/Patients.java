package io.bella.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.bella.system.InvalidRequestException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The clinic's patients, identified by name and phone number.
 */
@Service
public class Patients {

	private static final String DEFAULT_REGION = "CA";

	private static final RowMapper<Patient> MAPPER = (rs, row) -> new Patient(rs.getLong("id"), rs.getString("name"),
			rs.getString("phone"), rs.getString("email"), rs.getObject("created_at", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	private final Clock clock;

	Patients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers a patient; the phone number is validated and stored in E.164.
	 * @throws InvalidRequestException when the name is blank or the number is not a valid
	 * phone number
	 */
	public Patient register(String name, String phone, String email) {
		if (!StringUtils.hasText(name)) {
			throw new InvalidRequestException("name", "must not be blank");
		}
		String e164 = normalizePhone(phone).orElseThrow(() -> new InvalidRequestException("phone",
				"is not a valid phone number (use E.164 like +14165550123, or a 10-digit Canadian number)"));
		Instant now = this.clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO patient (name, phone, email, created_at) VALUES (?, ?, ?, ?)")
			.params(name.trim(), e164, StringUtils.hasText(email) ? email.trim() : null,
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(keys, "id");
		return new Patient(keys.getKeyAs(Number.class).longValue(), name.trim(), e164,
				StringUtils.hasText(email) ? email.trim() : null, now);
	}

	public Optional<Patient> findById(long id) {
		return this.jdbc.sql("SELECT * FROM patient WHERE id = ?").param(id).query(MAPPER).optional();
	}

	/**
	 * The most recently registered patient with this number (family members may share
	 * one).
	 */
	public Optional<Patient> findByPhone(String phone) {
		return findAllByPhone(phone).stream().findFirst();
	}

	public List<Patient> findAllByPhone(String phone) {
		Optional<String> e164 = normalizePhone(phone);
		if (e164.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM patient WHERE phone = ? ORDER BY id DESC")
			.param(e164.get())
			.query(MAPPER)
			.list();
	}

	public List<Patient> findAll(int limit) {
		return this.jdbc.sql("SELECT * FROM patient ORDER BY id LIMIT ?").param(limit).query(MAPPER).list();
	}

	/**
	 * The number in E.164 when it is a valid number (Canadian when no country code is
	 * given).
	 */
	public static Optional<String> normalizePhone(String phone) {
		if (!StringUtils.hasText(phone) || phone.length() > 32) {
			return Optional.empty();
		}
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		try {
			PhoneNumber number = util.parse(phone, DEFAULT_REGION);
			return util.isValidNumber(number) ? Optional.of(util.format(number, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
