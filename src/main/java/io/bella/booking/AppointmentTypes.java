package io.bella.booking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The kinds of visit the clinic offers.
 */
@Service
public class AppointmentTypes {

	private static final String COLUMNS = "id, name, duration_min, buffer_before_min, buffer_after_min";

	private static final RowMapper<AppointmentType> MAPPER = (rs, row) -> new AppointmentType(rs.getLong("id"),
			rs.getString("name"), rs.getInt("duration_min"), rs.getInt("buffer_before_min"),
			rs.getInt("buffer_after_min"));

	private final JdbcClient jdbc;

	AppointmentTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AppointmentType> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM appointment_type ORDER BY id").query(MAPPER).list();
	}

	public Optional<AppointmentType> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM appointment_type WHERE id = ?")
			.param(id)
			.query(MAPPER)
			.optional();
	}

	public Optional<AppointmentType> findByName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM appointment_type WHERE LOWER(name) = ?")
			.param(name.trim().toLowerCase(Locale.ROOT))
			.query(MAPPER)
			.optional();
	}

}
