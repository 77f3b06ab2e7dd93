package io.bella.dashboard.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.AppointmentType;
import io.bella.booking.Availability;
import io.bella.booking.AvailabilityQuery;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Provider;
import io.bella.booking.Slot;
import io.bella.dashboard.schedule.ScheduleDirectory.Names;
import io.bella.system.PhoneNumbers;

import org.springframework.stereotype.Component;

/**
 * Reads what the schedule shows through the booking module's services: the appointments
 * of a day or a week with their patients, and the free times the availability search (the
 * one behind {@code /api/availability}) finds for the same dates.
 */
@Component
class ScheduleBoard {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);

	static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	/**
	 * The appointments the week view lists per day, earliest first; the day view lists
	 * them all. A busy clinic's week (hundreds a day) is an overview, not a list to read.
	 */
	static final int WEEK_ROWS_PER_DAY = 40;

	private final BookingService bookings;

	private final Availability availability;

	private final Patients patients;

	private final ScheduleDirectory directory;

	private final PhoneNumbers phoneNumbers;

	private final Clock clock;

	ScheduleBoard(BookingService bookings, Availability availability, Patients patients, ScheduleDirectory directory,
			PhoneNumbers phoneNumbers, Clock clock) {
		this.bookings = bookings;
		this.availability = availability;
		this.patients = patients;
		this.directory = directory;
		this.phoneNumbers = phoneNumbers;
		this.clock = clock;
	}

	/** Today in the clinic's time zone. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.directory.zone());
	}

	Instant now() {
		return this.clock.instant();
	}

	Board load(ScheduleRequest asked) {
		ZoneId zone = this.directory.zone();
		Names names = this.directory.names();
		List<String> problems = new ArrayList<>(asked.problems());
		ScheduleRequest request = asked;
		if (request.providerId() != null && names.provider(request.providerId()).isEmpty()) {
			problems.add("There is no such provider; showing all providers.");
			request = request.withProvider(null);
		}
		if (request.typeId() != null && names.type(request.typeId()).isEmpty()) {
			problems.add("There is no such appointment type; showing free times for the first.");
			request = request.withType(null);
		}
		Long typeId = (request.typeId() != null) ? request.typeId() : names.firstTypeId();
		Instant from = request.from().atStartOfDay(zone).toInstant();
		Instant to = request.to().plusDays(1).atStartOfDay(zone).toInstant();
		List<Appointment> appointments = this.bookings.startingBetween(from, to, request.providerId());
		Map<Long, Patient> patients = this.patients
			.findAllById(appointments.stream().map(Appointment::patientId).toList())
			.stream()
			.collect(Collectors.toMap(Patient::id, Function.identity()));
		List<Slot> slots = this.availability
			.find(new AvailabilityQuery(request.from(), request.to(), typeId, null, request.providerId()));
		Map<LocalDate, Day> days = new LinkedHashMap<>();
		for (LocalDate date = request.from(); !date.isAfter(request.to()); date = date.plusDays(1)) {
			days.put(date, new Day(date, DAY.format(date), new ArrayList<>(), new TreeMap<>()));
		}
		Map<LocalDate, Integer> hidden = new HashMap<>();
		for (Appointment appointment : appointments) {
			Day day = days.get(LocalDate.ofInstant(appointment.startsAt(), zone));
			if (day != null && request.week() && day.appointments().size() >= WEEK_ROWS_PER_DAY) {
				hidden.merge(day.date(), 1, Integer::sum);
			}
			else if (day != null) {
				day.appointments().add(row(appointment, patients.get(appointment.patientId()), names, zone));
			}
		}
		for (Slot slot : slots) {
			Day day = days.get(LocalDate.ofInstant(slot.startsAt(), zone));
			if (day != null) {
				day.free()
					.computeIfAbsent(slot.providerId(),
							(id) -> new FreeTimes(id, names.providerName(id), new ArrayList<>()))
					.times()
					.add(TIME.format(slot.startsAt().atZone(zone)));
			}
		}
		return new Board(request, List.copyOf(days.values()), hidden, names.providers(), names.types(), typeId,
				zone.getId() + " (" + ZONE.format(from.atZone(zone)) + ")", problems,
				appointments.size() >= BookingService.SCHEDULE_LIMIT);
	}

	Row row(Appointment appointment, Patient patient, Names names, ZoneId zone) {
		return new Row(appointment.id(), appointment.startsAt(),
				TIME.format(appointment.startsAt().atZone(zone)) + "–" + TIME.format(appointment.endsAt().atZone(zone)),
				(patient != null) ? patient.name() : "Patient " + appointment.patientId(), appointment.patientId(),
				(patient != null) ? this.phoneNumbers.readable(patient.phone()) : "",
				(appointment.appointmentTypeId() != null) ? names.typeName(appointment.appointmentTypeId())
						: Duration.between(appointment.startsAt(), appointment.endsAt()).toMinutes() + " minutes",
				names.providerName(appointment.providerId()), status(appointment.status()),
				source(appointment.source()), appointment.isBooked());
	}

	static String status(AppointmentStatus status) {
		return switch (status) {
			case BOOKED -> "Booked";
			case CANCELLED -> "Cancelled";
			case COMPLETED -> "Completed";
			case NO_SHOW -> "No-show";
		};
	}

	static String source(BookingSource source) {
		return switch (source) {
			case VOICE -> "Phone";
			case API -> "API";
			case DASHBOARD -> "Dashboard";
		};
	}

	/**
	 * What the schedule page shows.
	 *
	 * @param request the dates, provider and type shown
	 * @param days each date shown
	 * @param hidden by date, how many appointments the week view does not list
	 * @param providers every provider, for the filter
	 * @param types every appointment type, for the free times' filter
	 * @param typeId the type whose free times are shown
	 * @param zone the clinic's time zone, named
	 * @param problems what in the query could not be read
	 * @param truncated whether there were more appointments than one page shows
	 */
	record Board(ScheduleRequest request, List<Day> days, Map<LocalDate, Integer> hidden, List<Provider> providers,
			List<AppointmentType> types, Long typeId, String zone, List<String> problems, boolean truncated) {
	}

	/**
	 * One date of the schedule.
	 *
	 * @param date the date
	 * @param heading the date in words
	 * @param appointments its appointments, earliest first
	 * @param free its free times by provider
	 */
	record Day(LocalDate date, String heading, List<Row> appointments, Map<Long, FreeTimes> free) {
	}

	/**
	 * One appointment as the schedule lists it.
	 *
	 * @param id the appointment
	 * @param startsAt when it starts
	 * @param time its start and end, clinic time
	 * @param patient the patient's name
	 * @param phone the patient's number, in full
	 * @param patientId the patient's record, linked from the row
	 * @param type the kind of visit
	 * @param provider the provider's name
	 * @param status where it stands
	 * @param source the channel it was booked through
	 * @param booked whether it still holds its time
	 */
	record Row(long id, Instant startsAt, String time, String patient, long patientId, String phone, String type,
			String provider, String status, String source, boolean booked) {
	}

	/**
	 * A provider's free start times on one date.
	 *
	 * @param providerId the provider
	 * @param provider their name
	 * @param times the start times, clinic time ({@code 09:30})
	 */
	record FreeTimes(long providerId, String provider, List<String> times) {
	}

}
