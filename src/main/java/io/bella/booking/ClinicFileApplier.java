package io.bella.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.bella.booking.ClinicFile.ClosedPart;
import io.bella.booking.ClinicFile.ExceptionPart;
import io.bella.booking.ClinicFile.ProviderPart;
import io.bella.booking.ClinicFile.TypePart;
import io.bella.system.InvalidRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the database to what a clinic file describes, in one transaction, through the
 * same checks as the API: creates what is missing, updates what differs (providers and
 * appointment types by their keys), and leaves alone what is already so, or not in the
 * file (nothing is deleted). Applying the same file twice changes nothing the second
 * time. Booked appointments the new set-up no longer covers are kept and reported.
 */
@Service
class ClinicFileApplier {

	private final ClinicSetup clinicSetup;

	private final ProviderSetup providerSetup;

	private final AppointmentTypeSetup typeSetup;

	private final Clinics clinics;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	ClinicFileApplier(ClinicSetup clinicSetup, ProviderSetup providerSetup, AppointmentTypeSetup typeSetup,
			Clinics clinics, Providers providers, AppointmentTypes appointmentTypes) {
		this.clinicSetup = clinicSetup;
		this.providerSetup = providerSetup;
		this.typeSetup = typeSetup;
		this.clinics = clinics;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
	}

	/**
	 * Applies the file; {@code today} (in the clinic's zone) is the first year holidays
	 * are generated for.
	 * @throws InvalidRequestException naming the entry that breaks a rule; nothing is
	 * applied then
	 */
	@Transactional
	Report apply(ClinicFile file, LocalDate today) {
		Report report = new Report();
		clinic(file, report);
		if (file.bookingRules() != null) {
			BookingProperties before = this.clinics.bookingRules();
			BookingProperties after = this.clinicSetup.saveRules(file.bookingRules().minimumNoticeMin(),
					file.bookingRules().maximumAdvanceDays(), file.bookingRules().slotGridMin());
			report.changed(!before.equals(after), "booking rules");
		}
		Map<String, Long> providerIds = new HashMap<>();
		for (int i = 0; i < file.providers().size(); i++) {
			ProviderPart provider = file.providers().get(i);
			providerIds.put(required("providers[" + i + "].key", provider.key()), provider(provider, report));
		}
		for (int i = 0; i < file.appointmentTypes().size(); i++) {
			type(file.appointmentTypes().get(i), "appointment_types[" + i + "]", providerIds, report);
		}
		closedDates(file, today, report);
		for (int i = 0; i < file.providers().size(); i++) {
			ProviderPart provider = file.providers().get(i);
			for (ClosedPart closed : provider.closedDates()) {
				close(closed.date(), closed.name(), providerIds.get(provider.key()), report);
			}
		}
		return report;
	}

	private void clinic(ClinicFile file, Report report) {
		ClinicDetails wanted = file.clinic().details();
		Optional<Clinic> current = this.clinics.find();
		Clinic saved = this.clinicSetup.saveClinic(wanted, true).value();
		report.changed(current.isEmpty() || !current.get().equals(saved), "the clinic's details");
	}

	private long provider(ProviderPart part, Report report) {
		Optional<Long> existing = this.providers.findIdByKey(part.key());
		long id;
		if (existing.isEmpty()) {
			id = this.providerSetup.create(part.name(), part.key()).value().id();
			report.changed(true, "provider " + part.key() + " added");
		}
		else {
			id = existing.get();
		}
		Provider current = this.providers.findById(id).orElseThrow();
		boolean active = (part.active() != null) ? part.active() : true;
		if (!current.name().equals(SetupValidation.name("name", part.name(), SetupValidation.LONGEST_NAME))
				|| current.active() != active) {
			report.stranded(this.providerSetup.update(id, part.name(), active, true).stranded());
			report.changed(true, "provider " + part.key());
		}
		Map<DayOfWeek, List<TimeRange>> week = part.week();
		if (!week.equals(this.providers.weeklyHours(id))) {
			report.stranded(this.providerSetup.replaceWeeklyHours(id, week, true).stranded());
			report.changed(true, "weekly hours of " + part.key());
		}
		for (ExceptionPart exception : part.exceptions()) {
			exception(id, part.key(), exception, report);
		}
		return id;
	}

	private void exception(long providerId, String key, ExceptionPart part, Report report) {
		List<TimeRange> hours = SetupValidation.hours("hours", ClinicFile.ranges("hours", part.hours()));
		SetupValidation.date("date", part.date());
		String note = SetupValidation.optionalText("note", part.note(), SetupValidation.LONGEST_NAME);
		boolean same = this.providers.exceptions(providerId, part.date())
			.stream()
			.anyMatch((e) -> e.date().equals(part.date()) && e.hours().equals(hours) && Objects.equals(e.note(), note));
		if (!same) {
			report.stranded(this.providerSetup.putException(providerId, part.date(), hours, note, true).stranded());
			report.changed(true, "hours of " + key + " on " + part.date());
		}
	}

	private void type(TypePart part, String field, Map<String, Long> providerIds, Report report) {
		String key = required(field + ".key", part.key());
		List<Long> offeredBy = new ArrayList<>();
		for (String provider : part.providers()) {
			Long id = providerIds.get(provider);
			if (id == null) {
				throw new InvalidRequestException(field + ".providers",
						"'" + provider + "' is not the key of a provider in the file");
			}
			offeredBy.add(id);
		}
		AppointmentType wanted = new AppointmentType(0, SetupValidation.name(field + ".name", part.name(), 100),
				SetupValidation.minutes(field + ".duration_min", part.durationMin(), 5, Visit.LONGEST_DURATION_MIN),
				(part.bufferBeforeMin() != null) ? part.bufferBeforeMin() : 0,
				(part.bufferAfterMin() != null) ? part.bufferAfterMin() : 0, offeredBy, part.synonyms());
		Optional<Long> existing = this.appointmentTypes.findIdByKey(key);
		if (existing.isEmpty()) {
			this.typeSetup.create(wanted, key);
			report.changed(true, "appointment type " + key + " added");
			return;
		}
		AppointmentType current = this.appointmentTypes.findAllFresh()
			.stream()
			.filter((type) -> type.id() == existing.get())
			.findFirst()
			.orElseThrow();
		AppointmentType next = new AppointmentType(current.id(), wanted.name(), wanted.durationMin(),
				wanted.bufferBeforeMin(), wanted.bufferAfterMin(), wanted.providerIds(), wanted.synonyms());
		if (!AppointmentTypeSetup.sameSettings(current, next)) {
			report.stranded(this.typeSetup.update(next, true).stranded());
			report.changed(true, "appointment type " + key);
		}
	}

	private void closedDates(ClinicFile file, LocalDate today, Report report) {
		if (file.holidays() != null && file.holidays().jurisdiction() != null) {
			StatutoryHolidays holidays;
			try {
				holidays = StatutoryHolidays.of(file.holidays().jurisdiction());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidRequestException("holidays", ex.getMessage());
			}
			for (int year = today.getYear(); year < today.getYear() + file.holidays().years(); year++) {
				holidays.closedDates(year).forEach((date, name) -> {
					if (!date.isBefore(today) && !file.holidays().except().contains(name)
							&& !file.holidays().except().contains(date.toString())
							&& !file.holidays().except().contains(name.replace(" (observed)", ""))) {
						close(date, name, null, report);
					}
				});
			}
		}
		for (ClosedPart closed : file.closedDates()) {
			close(closed.date(), closed.name(), null, report);
		}
	}

	private void close(LocalDate date, String name, Long providerId, Report report) {
		SetupValidation.date("date", date);
		String label = SetupValidation.name("name", name, SetupValidation.LONGEST_NAME);
		boolean same = this.clinicSetup.closedDates(date, date)
			.stream()
			.anyMatch((c) -> Objects.equals(c.providerId(), providerId) && c.name().equals(label));
		if (!same) {
			report.stranded(this.clinicSetup.closeOn(date, label, providerId, true).stranded());
			report.changed(true, "closed on " + date);
		}
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(field, "is required (a stable key such as \"ng\")");
		}
		return value.strip();
	}

	/**
	 * What applying a file changed.
	 */
	static final class Report {

		private final List<String> changes = new ArrayList<>();

		private final List<StrandedAppointment> stranded = new ArrayList<>();

		void changed(boolean changed, String what) {
			if (changed) {
				this.changes.add(what);
			}
		}

		void stranded(List<StrandedAppointment> appointments) {
			appointments.stream().filter((a) -> !this.stranded.contains(a)).forEach(this.stranded::add);
		}

		List<String> changes() {
			return List.copyOf(this.changes);
		}

		List<StrandedAppointment> strandedAppointments() {
			return List.copyOf(this.stranded);
		}

	}

}
