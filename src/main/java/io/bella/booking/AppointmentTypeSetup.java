package io.bella.booking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.bella.system.InvalidRequestException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the kinds of visit the clinic offers: their length, buffers, providers and what
 * callers call them.
 */
@Service
public class AppointmentTypeSetup {

	private final AppointmentTypes appointmentTypes;

	private final Providers providers;

	private final Clinics clinics;

	private final StrandedAppointments stranded;

	private final ApplicationEventPublisher events;

	AppointmentTypeSetup(AppointmentTypes appointmentTypes, Providers providers, Clinics clinics,
			StrandedAppointments stranded, ApplicationEventPublisher events) {
		this.appointmentTypes = appointmentTypes;
		this.providers = providers;
		this.clinics = clinics;
		this.stranded = stranded;
		this.events = events;
	}

	/**
	 * Adds an appointment type.
	 * @param setupKey a stable key for the clinic file, or {@code null}
	 */
	@Transactional
	public Saved<AppointmentType> create(AppointmentType draft, String setupKey) {
		AppointmentType checked = check(draft, null);
		long id = this.appointmentTypes.insert(checked, setupKey);
		changed();
		return Saved.created(withId(checked, id));
	}

	/**
	 * Replaces an appointment type's settings; taking it from a provider who has such
	 * visits booked fails unless {@code force}. Booked visits keep their length.
	 */
	@Transactional
	public Saved<AppointmentType> update(AppointmentType next, boolean force) {
		this.appointmentTypes.findAllFresh()
			.stream()
			.filter((type) -> type.id() == next.id())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("appointment type", next.id()));
		AppointmentType checked = withId(check(next, next.id()), next.id());
		this.appointmentTypes.update(checked);
		List<StrandedAppointment> left = this.stranded.check(this.clinics.timeZone(), force);
		changed();
		return Saved.updated(checked, left);
	}

	/**
	 * Whether two types have the same settings (synonyms and providers in any order,
	 * synonyms in any case).
	 */
	static boolean sameSettings(AppointmentType a, AppointmentType b) {
		return a.name().equals(b.name()) && a.durationMin() == b.durationMin()
				&& a.bufferBeforeMin() == b.bufferBeforeMin() && a.bufferAfterMin() == b.bufferAfterMin()
				&& Set.copyOf(a.providerIds()).equals(Set.copyOf(b.providerIds()))
				&& synonyms(a.synonyms()).equals(synonyms(b.synonyms()));
	}

	private static Set<String> synonyms(List<String> written) {
		Set<String> synonyms = new HashSet<>();
		written.forEach((synonym) -> synonyms.add(synonym.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
		return synonyms;
	}

	private AppointmentType check(AppointmentType draft, Long id) {
		String name = SetupValidation.name("name", draft.name(), 100);
		if (this.appointmentTypes.nameTaken(name, id)) {
			throw new InvalidRequestException("name", "is already another appointment type's name");
		}
		int duration = SetupValidation.minutes("duration_min", draft.durationMin(), 5, Visit.LONGEST_DURATION_MIN);
		int before = SetupValidation.minutes("buffer_before_min", draft.bufferBeforeMin(), 0, 120);
		int after = SetupValidation.minutes("buffer_after_min", draft.bufferAfterMin(), 0, 120);
		if (draft.providerIds().size() > 100) {
			throw new InvalidRequestException("provider_ids", "may hold at most 100 providers");
		}
		for (Long providerId : draft.providerIds()) {
			if (providerId == null || this.providers.findById(providerId).isEmpty()) {
				throw new InvalidRequestException("provider_ids", "holds " + providerId + ", which is not a provider");
			}
		}
		Set<String> synonyms = new LinkedHashSet<>();
		for (String synonym : draft.synonyms()) {
			synonyms.add(SetupValidation.name("synonyms", synonym, 100).toLowerCase(Locale.ROOT));
		}
		if (synonyms.size() > 30) {
			throw new InvalidRequestException("synonyms", "may hold at most 30 phrases");
		}
		return new AppointmentType(0, name, duration, before, after,
				List.copyOf(new LinkedHashSet<>(draft.providerIds())), new ArrayList<>(synonyms));
	}

	private static AppointmentType withId(AppointmentType type, long id) {
		return new AppointmentType(id, type.name(), type.durationMin(), type.bufferBeforeMin(), type.bufferAfterMin(),
				type.providerIds(), type.synonyms());
	}

	private void changed() {
		this.events.publishEvent(new ClinicSetupChanged("appointment types"));
	}

}
