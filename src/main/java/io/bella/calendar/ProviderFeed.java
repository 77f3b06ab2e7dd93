package io.bella.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentQuery;
import io.bella.booking.AppointmentStatus;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingService;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Provider;
import io.bella.system.Page;
import io.bella.system.Paging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A provider's feed: their booked appointments from now to
 * {@code bella.calendar.feed-days} ahead, each called by its type, and by the patient's
 * first name only when {@code bella.calendar.include-first-name} is on. Never the
 * patient's full name or phone number.
 */
@Component
class ProviderFeed {

	private final BookingService bookings;

	private final AppointmentTypes types;

	private final Patients patients;

	private final CalendarFeedProperties properties;

	private final Clock clock;

	private final String uidDomain;

	ProviderFeed(BookingService bookings, AppointmentTypes types, Patients patients, CalendarFeedProperties properties,
			@Value("${bella.public-url:}") String publicUrl, Clock clock) {
		this.bookings = bookings;
		this.types = types;
		this.patients = patients;
		this.properties = properties;
		this.uidDomain = uidDomain(publicUrl);
		this.clock = clock;
	}

	/**
	 * The provider's feed as iCalendar text.
	 */
	String render(Provider provider) {
		Instant now = this.clock.instant();
		List<Appointment> appointments = booked(provider.id(), now);
		Map<Long, String> typeNames = this.types.findAll()
			.stream()
			.collect(Collectors.toMap(AppointmentType::id, AppointmentType::name));
		Map<Long, String> firstNames = this.properties.includeFirstName() ? firstNames(appointments) : Map.of();
		List<IcsCalendar.Event> events = appointments.stream()
			.map((appointment) -> new IcsCalendar.Event(appointment.id(), summary(appointment, typeNames, firstNames),
					appointment.startsAt(), appointment.endsAt(), appointment.createdAt(), appointment.updatedAt()))
			.toList();
		return IcsCalendar.write("Bella: " + provider.name(), events, this.uidDomain, now);
	}

	private List<Appointment> booked(long providerId, Instant now) {
		Instant to = now.plus(Duration.ofDays(this.properties.feedDays()));
		int wanted = this.properties.feedMaxEvents();
		List<Appointment> booked = new ArrayList<>();
		for (int page = 0; booked.size() < wanted; page++) {
			Page<Appointment> found = this.bookings.find(new AppointmentQuery(now, to, providerId, null,
					AppointmentStatus.BOOKED, new Paging(page, Paging.MAX_SIZE)));
			found.items().stream().limit(wanted - booked.size()).forEach(booked::add);
			if (found.items().size() < Paging.MAX_SIZE) {
				break;
			}
		}
		return booked;
	}

	private Map<Long, String> firstNames(List<Appointment> appointments) {
		return this.patients.findAllById(appointments.stream().map(Appointment::patientId).toList())
			.stream()
			.collect(Collectors.toMap(Patient::id, (patient) -> firstName(patient.name()), (a, b) -> a));
	}

	private static String summary(Appointment appointment, Map<Long, String> typeNames, Map<Long, String> firstNames) {
		String type = (appointment.appointmentTypeId() != null)
				? typeNames.getOrDefault(appointment.appointmentTypeId(), "Appointment") : "Appointment";
		String firstName = firstNames.get(appointment.patientId());
		return StringUtils.hasText(firstName) ? type + " – " + firstName : type;
	}

	/**
	 * The first word of a name, as patients gave it: "Anna" of "Anna Lee".
	 */
	static String firstName(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		return name.strip().split("\\s+", 2)[0];
	}

	/**
	 * The host of {@code bella.public-url}, which makes the events' UIDs unique, or
	 * {@code bella.invalid} (a name that is nobody's) when that is not set.
	 */
	static String uidDomain(String publicUrl) {
		try {
			String host = StringUtils.hasText(publicUrl) ? URI.create(publicUrl.trim()).getHost() : null;
			return (host != null) ? host : "bella.invalid";
		}
		catch (IllegalArgumentException ex) {
			return "bella.invalid";
		}
	}

}
