package io.bella.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the booked appointments still to come that the clinic's set-up, as it stands in
 * the current transaction, no longer offers: their provider stopped taking bookings,
 * stopped offering their kind of visit, or does not work then.
 */
@Component
class StrandedAppointments {

	private final JdbcClient jdbc;

	private final Schedules schedules;

	private final AppointmentTypes appointmentTypes;

	private final Clock clock;

	StrandedAppointments(JdbcClient jdbc, Schedules schedules, AppointmentTypes appointmentTypes, Clock clock) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.appointmentTypes = appointmentTypes;
		this.clock = clock;
	}

	/**
	 * The appointments a change leaves stranded; unless {@code force}, fails with
	 * {@link StrandedAppointmentsException} when there are any, so that the change is
	 * rolled back.
	 */
	List<StrandedAppointment> check(ZoneId zone, boolean force) {
		List<StrandedAppointment> stranded = find(zone);
		if (!stranded.isEmpty() && !force) {
			throw new StrandedAppointmentsException(stranded, zone);
		}
		return stranded;
	}

	private List<StrandedAppointment> find(ZoneId zone) {
		List<Booked> booked = this.jdbc.sql("""
				SELECT id, provider_id, appointment_type_id, starts_at, ends_at FROM appointment
				WHERE status = 'booked' AND starts_at >= ? ORDER BY starts_at, id
				""")
			.param(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.query((rs, row) -> new Booked(rs.getLong("id"), rs.getLong("provider_id"),
					rs.getObject("appointment_type_id", Long.class),
					rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
					rs.getObject("ends_at", OffsetDateTime.class).toInstant()))
			.list();
		if (booked.isEmpty()) {
			return List.of();
		}
		LocalDate first = LocalDate.ofInstant(booked.get(0).startsAt(), zone);
		LocalDate last = LocalDate.ofInstant(booked.get(booked.size() - 1).startsAt(), zone);
		Map<Long, ProviderSchedule> current = this.schedules.loadFresh(first, last);
		Map<Long, AppointmentType> types = this.appointmentTypes.findAllFresh()
			.stream()
			.collect(Collectors.toMap(AppointmentType::id, Function.identity()));
		List<StrandedAppointment> stranded = new ArrayList<>();
		for (Booked appointment : booked) {
			reason(appointment, current.get(appointment.providerId()), types.get(appointment.typeId()), zone)
				.ifPresent((reason) -> stranded.add(new StrandedAppointment(appointment.id(), appointment.providerId(),
						appointment.startsAt(), reason)));
		}
		return stranded;
	}

	private static Optional<String> reason(Booked appointment, ProviderSchedule schedule, AppointmentType type,
			ZoneId zone) {
		if (schedule == null) {
			return Optional.of("the provider no longer takes bookings");
		}
		if (type != null && !type.offeredBy(appointment.providerId())) {
			return Optional.of("the provider no longer offers this kind of visit");
		}
		LocalDateTime start = LocalDateTime.ofInstant(appointment.startsAt(), zone);
		if (schedule.isClosed(start.toLocalDate())) {
			return Optional.of("the clinic or the provider is closed that day");
		}
		if (!schedule.covers(start, LocalDateTime.ofInstant(appointment.endsAt(), zone))) {
			return Optional.of("outside the provider's hours");
		}
		return Optional.empty();
	}

	private record Booked(long id, long providerId, Long typeId, Instant startsAt, Instant endsAt) {
	}

}
