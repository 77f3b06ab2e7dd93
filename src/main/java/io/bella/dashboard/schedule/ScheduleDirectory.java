package io.bella.dashboard.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Clinics;
import io.bella.booking.Provider;
import io.bella.booking.Providers;

import org.springframework.stereotype.Component;

/**
 * The clinic's providers, appointment types and time zone, as the schedule's pages name
 * them.
 */
@Component
class ScheduleDirectory {

	private final Providers providers;

	private final AppointmentTypes types;

	private final Clinics clinics;

	ScheduleDirectory(Providers providers, AppointmentTypes types, Clinics clinics) {
		this.providers = providers;
		this.types = types;
		this.clinics = clinics;
	}

	Names names() {
		return new Names(this.providers.findAll(), this.types.findAll());
	}

	ZoneId zone() {
		return this.clinics.timeZone();
	}

	/**
	 * The providers and appointment types, read once for a page.
	 *
	 * @param providers every provider, in id order
	 * @param types every appointment type
	 */
	record Names(List<Provider> providers, List<AppointmentType> types) {

		Optional<Provider> provider(long id) {
			return this.providers.stream().filter((provider) -> provider.id() == id).findFirst();
		}

		Optional<AppointmentType> type(long id) {
			return this.types.stream().filter((type) -> type.id() == id).findFirst();
		}

		String providerName(long id) {
			return provider(id).map(Provider::name).orElse("Provider " + id);
		}

		String typeName(long id) {
			return type(id).map(AppointmentType::name).orElse("Type " + id);
		}

		/** The type whose free times are shown when none is chosen. */
		Long firstTypeId() {
			return this.types.isEmpty() ? null : this.types.get(0).id();
		}

	}

}
