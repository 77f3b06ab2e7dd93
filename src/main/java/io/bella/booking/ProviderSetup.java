package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.bella.system.InvalidRequestException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the clinic's providers, their weekly hours and their date-specific hours. A
 * change that would leave booked appointments outside the schedule fails unless forced; a
 * provider who stops taking bookings keeps their history.
 */
@Service
public class ProviderSetup {

	private final Providers providers;

	private final Clinics clinics;

	private final StrandedAppointments stranded;

	private final BusyBlocks busyBlocks;

	private final ApplicationEventPublisher events;

	ProviderSetup(Providers providers, Clinics clinics, StrandedAppointments stranded, BusyBlocks busyBlocks,
			ApplicationEventPublisher events) {
		this.providers = providers;
		this.clinics = clinics;
		this.stranded = stranded;
		this.busyBlocks = busyBlocks;
		this.events = events;
	}

	/**
	 * Adds a provider who takes bookings once they have hours.
	 * @param setupKey a stable key for the clinic file, or {@code null}
	 */
	@Transactional
	public Saved<Provider> create(String name, String setupKey) {
		String checked = uniqueName(name, null);
		long id = this.providers.insert(this.clinics.clinic().id(), checked, setupKey);
		changed("providers");
		return Saved.created(new Provider(id, checked, true, null));
	}

	/**
	 * Renames a provider, or stops or resumes their bookings; a provider who stops with
	 * appointments still to come fails unless {@code force}.
	 */
	@Transactional
	public Saved<Provider> update(long id, String name, Boolean active, boolean force) {
		return update(id, name, active, null, force);
	}

	/**
	 * Also sets or clears the provider's Google calendar: {@code null} keeps it, an empty
	 * optional or a blank id clears it.
	 */
	@Transactional
	Saved<Provider> update(long id, String name, Boolean active, Optional<String> googleCalendarId, boolean force) {
		Provider current = provider(id);
		Provider next = new Provider(id, (name != null) ? uniqueName(name, id) : current.name(),
				(active != null) ? active : current.active(),
				(googleCalendarId != null)
						? SetupValidation.calendarId("google_calendar_id", googleCalendarId.orElse(null))
						: current.googleCalendarId());
		this.providers.update(next);
		List<StrandedAppointment> left = this.stranded.check(this.clinics.timeZone(), force);
		if (!Objects.equals(current.googleCalendarId(), next.googleCalendarId())) {
			// busy times read from another calendar (or before an unlink) must not count
			this.busyBlocks.forget(id);
			this.events.publishEvent(new ProviderCalendarChanged(id, next.googleCalendarId()));
		}
		changed("provider " + id);
		return Saved.updated(next, left);
	}

	/**
	 * Links the provider's Google calendar, or unlinks it when {@code googleCalendarId}
	 * is blank; checked as the API checks it.
	 */
	@Transactional
	public Provider linkCalendar(long id, String googleCalendarId) {
		// a calendar moves no hours: appointments kept outside them earlier must not
		// block it
		return update(id, null, null, Optional.ofNullable(googleCalendarId), true).value();
	}

	@Transactional(readOnly = true)
	public Map<DayOfWeek, List<TimeRange>> weeklyHours(long providerId) {
		provider(providerId);
		return this.providers.weeklyHours(providerId);
	}

	/**
	 * Replaces a provider's weekly hours; every weekday must be given (an empty list is a
	 * day off).
	 */
	@Transactional
	public Saved<Map<DayOfWeek, List<TimeRange>>> replaceWeeklyHours(long providerId,
			Map<DayOfWeek, List<TimeRange>> hours, boolean force) {
		provider(providerId);
		Map<DayOfWeek, List<TimeRange>> checked = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			String field = day.name().toLowerCase(java.util.Locale.ROOT);
			checked.put(day, SetupValidation.hours(field, hours.get(day)));
		}
		this.providers.replaceWeeklyHours(providerId, checked);
		List<StrandedAppointment> left = this.stranded.check(this.clinics.timeZone(), force);
		changed("weekly hours of provider " + providerId);
		return Saved.updated(Map.copyOf(checked), left);
	}

	@Transactional(readOnly = true)
	public List<ScheduleException> exceptions(long providerId, LocalDate from) {
		provider(providerId);
		return this.providers.exceptions(providerId, from);
	}

	/**
	 * Sets a provider's hours on one date (none: a day off), replacing any set before for
	 * that date.
	 */
	@Transactional
	public Saved<ScheduleException> putException(long providerId, LocalDate date, List<TimeRange> hours, String note,
			boolean force) {
		provider(providerId);
		SetupValidation.date("date", date);
		List<TimeRange> checked = SetupValidation.hours("hours", hours);
		String label = SetupValidation.optionalText("note", note, SetupValidation.LONGEST_NAME);
		boolean replaces = this.providers.exceptions(providerId, date)
			.stream()
			.anyMatch((exception) -> exception.date().equals(date));
		ScheduleException saved = this.providers.putException(providerId, date, checked, label);
		List<StrandedAppointment> left = this.stranded.check(this.clinics.timeZone(), force);
		changed("hours of provider " + providerId + " on " + date);
		return new Saved<>(saved, !replaces, left);
	}

	/**
	 * Removes a provider's hours on one date, so the weekly hours apply again.
	 */
	@Transactional
	public Saved<Long> deleteException(long providerId, long exceptionId, boolean force) {
		provider(providerId);
		if (!this.providers.deleteException(providerId, exceptionId)) {
			throw new NotFoundException("exception", exceptionId);
		}
		List<StrandedAppointment> left = this.stranded.check(this.clinics.timeZone(), force);
		changed("hours of provider " + providerId);
		return Saved.updated(exceptionId, left);
	}

	private Provider provider(long id) {
		return this.providers.findById(id).orElseThrow(() -> new NotFoundException("provider", id));
	}

	private String uniqueName(String name, Long exceptId) {
		String checked = SetupValidation.name("name", name, SetupValidation.LONGEST_NAME);
		if (this.providers.nameTaken(checked, exceptId)) {
			throw new InvalidRequestException("name", "is already another provider's name");
		}
		return checked;
	}

	private void changed(String what) {
		this.events.publishEvent(new ClinicSetupChanged(what));
	}

}
