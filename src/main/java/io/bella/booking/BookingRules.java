package io.bella.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.bella.booking.BookingRuleException.Rule;
import io.bella.system.InvalidRequestException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The clinic's rules for when a visit may start, shared by booking and the availability
 * search so that every offered slot can be booked.
 */
@Component
class BookingRules {

	private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE MMMM d 'at' h:mm a",
			Locale.CANADA);

	private final Clinics clinics;

	private final AppointmentTypes appointmentTypes;

	private final Clock clock;

	private final ObjectProvider<Availability> availability;

	private final ProviderCalendars calendars;

	/**
	 * @param availability looked up only when a start is too soon, to name the first slot
	 * instead (the availability search applies these rules itself)
	 */
	BookingRules(Clinics clinics, AppointmentTypes appointmentTypes, Clock clock,
			ObjectProvider<Availability> availability, ProviderCalendars calendars) {
		this.clinics = clinics;
		this.appointmentTypes = appointmentTypes;
		this.clock = clock;
		this.availability = availability;
		this.calendars = calendars;
	}

	/**
	 * The rules in force: the clinic's own, else the configured ones.
	 */
	BookingProperties settings() {
		return this.clinics.bookingRules();
	}

	Instant now() {
		return this.clock.instant();
	}

	Instant earliestStart(Instant now) {
		return now.plus(settings().minimumNotice());
	}

	Instant latestStart(Instant now) {
		return now.plus(settings().maximumAdvance());
	}

	Duration grid() {
		return settings().slotGrid();
	}

	/**
	 * The visit described by an appointment type or a duration (30 minutes when neither
	 * is given).
	 */
	Visit visit(Long appointmentTypeId, Integer durationMin) {
		if (appointmentTypeId != null) {
			AppointmentType type = this.appointmentTypes.findById(appointmentTypeId)
				.orElseThrow(() -> new NotFoundException("appointment type", appointmentTypeId));
			return new Visit(type.id(), type.duration(), type.bufferBeforeMin(), type.bufferAfterMin(),
					type.providerIds());
		}
		int minutes = (durationMin != null) ? durationMin : Visit.DEFAULT_DURATION_MIN;
		if (minutes < 5 || minutes > Visit.LONGEST_DURATION_MIN) {
			throw new InvalidRequestException("duration_min", "must be between 5 and " + Visit.LONGEST_DURATION_MIN);
		}
		return new Visit(null, Duration.ofMinutes(minutes), 0, 0);
	}

	/**
	 * The providers who offer an appointment type; empty when any provider does (or no
	 * type is given).
	 */
	List<Long> offeredBy(Long appointmentTypeId) {
		if (appointmentTypeId == null) {
			return List.of();
		}
		return this.appointmentTypes.findById(appointmentTypeId).map(AppointmentType::providerIds).orElse(List.of());
	}

	/**
	 * Checks that the provider offers the visit.
	 */
	void checkOffered(Visit visit, Provider provider) {
		if (!visit.offeredBy(provider.id())) {
			String type = this.appointmentTypes.findById(visit.appointmentTypeId())
				.map(AppointmentType::name)
				.orElse("this kind of visit");
			throw new BookingRuleException(Rule.NOT_OFFERED, provider.name() + " does not offer " + type + ".");
		}
	}

	/**
	 * Checks the rules that depend only on the start time: not in the past, enough
	 * notice, not too far ahead, on the slot grid. A start too soon is refused naming the
	 * first slot the visit could take instead, with the provider when one is named.
	 * @param movingAppointmentId the appointment being moved, whose own time counts as
	 * free; {@code null} for a new booking
	 */
	void checkStart(Instant start, ZoneId zone, Instant now, Visit visit, Long providerId, Long movingAppointmentId) {
		if (start.isBefore(now)) {
			throw new BookingRuleException(Rule.IN_THE_PAST, "That time is in the past.");
		}
		if (start.isBefore(earliestStart(now))) {
			throw tooSoon(zone, visit, providerId, movingAppointmentId);
		}
		if (start.isAfter(latestStart(now))) {
			throw new BookingRuleException(Rule.TOO_FAR_AHEAD,
					"Appointments can be booked at most " + describe(settings().maximumAdvance()) + " ahead.");
		}
		LocalDateTime local = LocalDateTime.ofInstant(start, zone);
		long gridMinutes = settings().slotGrid().toMinutes();
		if (local.getSecond() != 0 || local.getNano() != 0
				|| (local.toLocalTime().toSecondOfDay() / 60) % gridMinutes != 0) {
			throw new BookingRuleException(Rule.OFF_GRID, "Appointments start on the " + gridMinutes
					+ "-minute grid (for example 10:00, 10:" + String.format("%02d", gridMinutes % 60) + ").");
		}
	}

	/**
	 * Checks that the provider works for the whole visit on that date.
	 */
	void checkSchedule(ProviderSchedule schedule, Instant start, Visit visit, ZoneId zone) {
		LocalDateTime localStart = LocalDateTime.ofInstant(start, zone);
		if (schedule.isClosed(localStart.toLocalDate())) {
			throw new BookingRuleException(Rule.CLOSED_DATE, "The clinic is closed on "
					+ localStart.toLocalDate().format(DateTimeFormatter.ofPattern("EEEE MMMM d", Locale.CANADA)) + ".");
		}
		LocalDateTime localEnd = LocalDateTime.ofInstant(start.plus(visit.duration()), zone);
		if (!schedule.covers(localStart, localEnd)) {
			throw new BookingRuleException(Rule.OUTSIDE_HOURS,
					"That time is outside the provider's working hours (or in a break).");
		}
		this.calendars.check(schedule.providerId(), visit.blockedFrom(start), visit.blockedTo(start));
	}

	private BookingRuleException tooSoon(ZoneId zone, Visit visit, Long providerId, Long movingAppointmentId) {
		String notice = "Appointments need at least " + describe(settings().minimumNotice()) + " notice";
		Optional<Slot> first = this.availability.getObject().firstSlot(visit, providerId, movingAppointmentId);
		if (first.isEmpty()) {
			return new BookingRuleException(Rule.TOO_SOON, notice + "; nothing can be booked in the next "
					+ describe(settings().maximumAdvance()) + ((providerId != null) ? " with this provider." : "."));
		}
		OffsetDateTime earliest = first.get().startsAt().atZone(zone).toOffsetDateTime();
		return new BookingRuleException(Rule.TOO_SOON, notice + "; the earliest time that can be booked is "
				+ SPOKEN.format(earliest) + " (" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(earliest) + ").",
				earliest);
	}

	private static String describe(Duration duration) {
		if (duration.toDays() > 0 && duration.toHours() % 24 == 0) {
			return duration.toDays() + " days";
		}
		if (duration.toHours() > 0 && duration.toMinutes() % 60 == 0) {
			return duration.toHours() + ((duration.toHours() == 1) ? " hour" : " hours");
		}
		return duration.toMinutes() + " minutes";
	}

}
