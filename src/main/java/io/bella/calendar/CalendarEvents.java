package io.bella.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.system.ClinicTimeZone;

import org.springframework.stereotype.Component;

/**
 * The Google event of an appointment, as Bella writes it: the kind of visit and Bella's
 * reference as its title, the times in the clinic's zone, marked as Bella's own. It names
 * no patient unless {@code bella.google.include-first-name} allows the first name, and
 * never carries a phone number or notes.
 */
@Component
class CalendarEvents {

	/**
	 * The private extended property that marks an event as Bella's, by appointment id.
	 */
	static final String APPOINTMENT_PROPERTY = "bella-appointment";

	// Google wants an IANA name: UTC, not Z
	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private static final String DESCRIPTION = "Booked through Bella. Change it in Bella: "
			+ "changes made here are undone at the next check.";

	private final AppointmentTypes types;

	private final Patients patients;

	private final ClinicTimeZone clinicZone;

	private final GoogleProperties properties;

	CalendarEvents(AppointmentTypes types, Patients patients, ClinicTimeZone clinicZone, GoogleProperties properties) {
		this.types = types;
		this.patients = patients;
		this.clinicZone = clinicZone;
		this.properties = properties;
	}

	/**
	 * The event for an appointment, with its id. Its maps are mutable: the client clones
	 * them.
	 */
	Event of(Appointment appointment) {
		ZoneId zone = this.clinicZone.zone().orElse(UTC);
		return new Event().setId(EventIds.of(appointment.id()))
			.setSummary(summary(appointment))
			.setDescription(DESCRIPTION)
			.setStart(time(appointment.startsAt(), zone))
			.setEnd(time(appointment.endsAt(), zone))
			.setStatus("confirmed")
			.setTransparency("opaque")
			.setExtendedProperties(new Event.ExtendedProperties()
				.setPrivate(new HashMap<>(Map.of(APPOINTMENT_PROPERTY, Long.toString(appointment.id())))));
	}

	/**
	 * Whether an event in Google shows the appointment as Bella would write it.
	 */
	boolean matches(Event event, Appointment appointment) {
		return !"cancelled".equals(event.getStatus()) && Objects.equals(event.getSummary(), summary(appointment))
				&& sameInstant(event.getStart(), appointment.startsAt())
				&& sameInstant(event.getEnd(), appointment.endsAt());
	}

	/**
	 * The appointment an event is Bella's for, or {@code null} for an event Bella did not
	 * write.
	 */
	static Long appointmentOf(Event event) {
		if (event.getExtendedProperties() == null || event.getExtendedProperties().getPrivate() == null) {
			return null;
		}
		String id = event.getExtendedProperties().getPrivate().get(APPOINTMENT_PROPERTY);
		try {
			return (id != null) ? Long.valueOf(id) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String summary(Appointment appointment) {
		String kind = (appointment.appointmentTypeId() != null) ? this.types.findById(appointment.appointmentTypeId())
			.map(AppointmentType::name)
			.map(CalendarEvents::title)
			.orElse("Appointment") : "Appointment";
		String patient = this.properties.includeFirstName() ? firstName(appointment.patientId()) : "";
		return kind + (patient.isEmpty() ? "" : " for " + patient) + " (Bella appointment #" + appointment.id() + ")";
	}

	private String firstName(long patientId) {
		return this.patients.findById(patientId)
			.map(Patient::name)
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.map((name) -> name.split("\\s+", 2)[0])
			.orElse("");
	}

	private static String title(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static EventDateTime time(Instant instant, ZoneId zone) {
		return new EventDateTime().setDateTime(DateTime.parseRfc3339(RFC_3339.format(instant.atZone(zone))))
			.setTimeZone(zone.getId());
	}

	private static boolean sameInstant(EventDateTime time, Instant instant) {
		return time != null && time.getDateTime() != null && time.getDateTime().getValue() == instant.toEpochMilli();
	}

}
