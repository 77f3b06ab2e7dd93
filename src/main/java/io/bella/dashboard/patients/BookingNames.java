package io.bella.dashboard.patients;

import java.util.Map;
import java.util.stream.Collectors;

import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Provider;
import io.bella.booking.Providers;

import org.springframework.stereotype.Component;

/**
 * The clinic's providers' and appointment types' names by id, for the rows that name them
 * by id.
 */
@Component
public class BookingNames {

	private final Providers providers;

	private final AppointmentTypes types;

	BookingNames(Providers providers, AppointmentTypes types) {
		this.providers = providers;
		this.types = types;
	}

	public Map<Long, String> providers() {
		return this.providers.findAll().stream().collect(Collectors.toMap(Provider::id, Provider::name, (a, b) -> a));
	}

	public Map<Long, String> types() {
		return this.types.findAll()
			.stream()
			.collect(Collectors.toMap(AppointmentType::id, AppointmentType::name, (a, b) -> a));
	}

}
