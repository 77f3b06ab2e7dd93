package io.bella.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.bella.system.InvalidRequestException;
import io.bella.system.PhoneNumbers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the clinic's details, booking rules and closed dates, with the same checks for
 * the API and the clinic file. A change that would leave booked appointments outside the
 * schedule fails unless forced.
 */
@Service
public class ClinicSetup {

	private final JdbcClient jdbc;

	private final Clinics clinics;

	private final PhoneNumbers phoneNumbers;

	private final StrandedAppointments stranded;

	private final ApplicationEventPublisher events;

	ClinicSetup(JdbcClient jdbc, Clinics clinics, PhoneNumbers phoneNumbers, StrandedAppointments stranded,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clinics = clinics;
		this.phoneNumbers = phoneNumbers;
		this.stranded = stranded;
		this.events = events;
	}

	/**
	 * Creates the clinic, or updates it; a change of time zone that moves booked
	 * appointments outside the hours fails unless {@code force}.
	 */
	@Transactional
	public Saved<Clinic> saveClinic(ClinicDetails details, boolean force) {
		String name = SetupValidation.name("name", details.name(), SetupValidation.LONGEST_NAME);
		ZoneId zone = SetupValidation.zone("time_zone", details.timeZone());
		String region = SetupValidation.region("region", details.region());
		String numbersIn = (region != null) ? region : this.phoneNumbers.region();
		String phone = SetupValidation.phone("phone", details.phone(), numbersIn);
		String transfer = SetupValidation.phone("transfer_number", details.transferNumber(), numbersIn);
		String kind = SetupValidation.optionalText("kind", details.kind(), 100);
		String address = SetupValidation.optionalText("address", details.address(), 500);
		Map<String, String> facts = SetupValidation.facts(details.facts());
		Long existing = this.jdbc.sql("SELECT id FROM clinic ORDER BY id LIMIT 1")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (existing != null) {
			Clinic wanted = new Clinic(existing, name, zone, phone, transfer, region, kind, address, facts);
			if (this.clinics.find().filter(wanted::equals).isPresent()) {
				return new Saved<>(wanted, false, List.of());
			}
		}
		long id;
		if (existing == null) {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc
				.sql("INSERT INTO clinic (name, time_zone, phone, transfer_number, region, kind, address) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(name, zone.getId(), phone, transfer, region, kind, address)
				.update(keys, "id");
			id = keys.getKeyAs(Number.class).longValue();
		}
		else {
			id = existing;
			this.jdbc
				.sql("UPDATE clinic SET name = ?, time_zone = ?, phone = ?, transfer_number = ?, region = ?, "
						+ "kind = ?, address = ? WHERE id = ?")
				.params(name, zone.getId(), phone, transfer, region, kind, address, id)
				.update();
		}
		this.jdbc.sql("DELETE FROM clinic_fact WHERE clinic_id = ?").param(id).update();
		facts.forEach(
				(topic, answer) -> this.jdbc.sql("INSERT INTO clinic_fact (clinic_id, topic, answer) VALUES (?, ?, ?)")
					.params(id, topic.strip(), answer.strip())
					.update());
		this.clinics.forget();
		List<StrandedAppointment> left = this.stranded.check(zone, force);
		Clinic clinic = new Clinic(id, name, zone, phone, transfer, region, kind, address, facts);
		changed("the clinic's details");
		return new Saved<>(clinic, existing == null, left);
	}

	/**
	 * Sets the booking rules; a rule given as {@code null} returns to the configured
	 * default.
	 */
	@Transactional
	public BookingProperties saveRules(Integer minimumNoticeMin, Integer maximumAdvanceDays, Integer slotGridMin) {
		long clinic = this.clinics.clinic().id();
		if (minimumNoticeMin != null) {
			SetupValidation.minutes("minimum_notice_min", minimumNoticeMin, 0, 30 * 24 * 60);
		}
		if (maximumAdvanceDays != null) {
			SetupValidation.minutes("maximum_advance_days", maximumAdvanceDays, 1, 730);
		}
		if (slotGridMin != null) {
			SetupValidation.minutes("slot_grid_min", slotGridMin, 5, 240);
			if ((24 * 60) % slotGridMin != 0) {
				throw new InvalidRequestException("slot_grid_min",
						"must divide a day into equal parts (5, 10, " + "15, 20, 30, 60 …)");
			}
		}
		this.jdbc
			.sql("UPDATE clinic SET minimum_notice_min = ?, maximum_advance_days = ?, slot_grid_min = ? "
					+ "WHERE id = ?")
			.params(minimumNoticeMin, maximumAdvanceDays, slotGridMin, clinic)
			.update();
		changed("the booking rules");
		this.clinics.forget();
		return this.clinics.bookingRules();
	}

	/**
	 * Closes the clinic (or one provider) on a date; the same date again renames it.
	 * Fails when booked appointments fall on it, unless {@code force}.
	 */
	@Transactional
	public Saved<ClosedDate> closeOn(LocalDate date, String name, Long providerId, boolean force) {
		SetupValidation.date("date", date);
		String label = SetupValidation.name("name", name, SetupValidation.LONGEST_NAME);
		ZoneId zone = this.clinics.timeZone();
		if (providerId != null && this.jdbc.sql("SELECT COUNT(*) FROM provider WHERE id = ?")
			.param(providerId)
			.query(Long.class)
			.single() == 0) {
			throw new InvalidRequestException("provider_id", "is not a provider's id");
		}
		Saved<ClosedDate> saved = close(date, label, providerId);
		List<StrandedAppointment> left = this.stranded.check(zone, force);
		changed("closed dates");
		return new Saved<>(saved.value(), saved.created(), left);
	}

	/**
	 * The provinces and territories whose statutory holidays the clinic may close on
	 * ({@code CA-ON} …).
	 */
	public List<String> holidayJurisdictions() {
		return StatutoryHolidays.codes();
	}

	/**
	 * Closes the clinic on a province's or territory's statutory holidays from a date on,
	 * for that year and the next {@code years - 1}; a date closed already is renamed.
	 * Fails when booked appointments fall on them, unless {@code force}.
	 */
	@Transactional
	public Saved<List<ClosedDate>> closeOnStatutoryHolidays(String jurisdiction, LocalDate from, int years,
			boolean force) {
		StatutoryHolidays holidays;
		try {
			holidays = StatutoryHolidays.of(jurisdiction);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("jurisdiction",
					"must be one of " + String.join(", ", StatutoryHolidays.codes()));
		}
		SetupValidation.minutes("years", years, 1, 5);
		SetupValidation.date("date", from);
		List<ClosedDate> closed = new ArrayList<>();
		for (int year = Math.max(from.getYear(), StatutoryHolidays.FIRST_YEAR); year < from.getYear() + years; year++) {
			holidays.closedDates(year).forEach((date, name) -> {
				if (!date.isBefore(from)) {
					closed.add(close(date, name, null).value());
				}
			});
		}
		List<StrandedAppointment> left = this.stranded.check(this.clinics.timeZone(), force);
		changed("closed dates");
		return new Saved<>(List.copyOf(closed), true, left);
	}

	/**
	 * Opens a closed date again.
	 * @throws NotFoundException when there is no such closed date
	 */
	@Transactional
	public void reopen(long closedDateId) {
		if (this.jdbc.sql("DELETE FROM closed_date WHERE id = ?").param(closedDateId).update() == 0) {
			throw new NotFoundException("closed date", closedDateId);
		}
		changed("closed dates");
	}

	/**
	 * The closed dates between two dates (inclusive), earliest first.
	 */
	@Transactional(readOnly = true)
	public List<ClosedDate> closedDates(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("SELECT id, closed_on, reason, provider_id FROM closed_date "
					+ "WHERE closed_on BETWEEN ? AND ? ORDER BY closed_on, id")
			.params(from, to)
			.query((rs, row) -> new ClosedDate(rs.getLong("id"), rs.getObject("closed_on", LocalDate.class),
					rs.getString("reason"), rs.getObject("provider_id", Long.class)))
			.list();
	}

	private Saved<ClosedDate> close(LocalDate date, String label, Long providerId) {
		Long existing = this.jdbc
			.sql("SELECT id FROM closed_date WHERE closed_on = ? AND "
					+ ((providerId != null) ? "provider_id = ?" : "provider_id IS NULL ") + " ORDER BY id LIMIT 1")
			.params((providerId != null) ? List.of(date, providerId) : List.of(date))
			.query(Long.class)
			.optional()
			.orElse(null);
		long id;
		if (existing != null) {
			id = existing;
			this.jdbc.sql("UPDATE closed_date SET reason = ? WHERE id = ?").params(label, id).update();
		}
		else {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("INSERT INTO closed_date (provider_id, closed_on, reason) VALUES (?, ?, ?)")
				.params(providerId, date, label)
				.update(keys, "id");
			id = keys.getKeyAs(Number.class).longValue();
		}
		return new Saved<>(new ClosedDate(id, date, label, providerId), existing == null, List.of());
	}

	private void changed(String what) {
		this.events.publishEvent(new ClinicSetupChanged(what));
	}

}
