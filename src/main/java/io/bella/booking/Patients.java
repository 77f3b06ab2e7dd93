package io.bella.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.bella.system.InvalidRequestException;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.bella.system.PhoneNumbers;

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

	private static final RowMapper<Patient> MAPPER = (rs, row) -> new Patient(rs.getLong("id"), rs.getString("name"),
			rs.getString("phone"), rs.getString("email"), rs.getObject("created_at", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PhoneNumbers phoneNumbers;

	Patients(JdbcClient jdbc, Clock clock, PhoneNumbers phoneNumbers) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.phoneNumbers = phoneNumbers;
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
		String e164 = this.phoneNumbers.e164(phone)
			.orElseThrow(() -> new InvalidRequestException("phone",
					"is not a valid phone number (use E.164 like +14165550123, or a number without country code from "
							+ this.phoneNumbers.region() + ")"));
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

}
