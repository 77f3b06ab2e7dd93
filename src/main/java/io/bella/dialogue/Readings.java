package io.bella.dialogue;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.extraction.Extraction;

/**
 * What the caller's words add to the call: when, the kind of visit, the provider, the
 * name and the number, each resolved against the clinic's own providers and kinds of
 * visit.
 */
final class Readings {

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	Readings(Providers providers, AppointmentTypes appointmentTypes) {
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
	}

	void absorbWhen(CallSession session, Extraction heard) {
		When when = session.when();
		if (heard.date() != null) {
			when = when.onDate(heard.date());
		}
		else if (heard.dateRange() != null) {
			when = when.between(heard.dateRange().from(), heard.dateRange().to());
		}
		if (heard.time() != null) {
			when = when.at(heard.time());
		}
		else if (heard.timeWindow() != null) {
			when = when.within(heard.timeWindow().from(), heard.timeWindow().to());
		}
		session.when(when);
	}

	void absorbService(CallSession session, Extraction heard) {
		Request request = session.request();
		if (heard.service() != null) {
			Optional<AppointmentType> type = resolveType(heard.service());
			if (type.isPresent()) {
				request = request.withAppointmentType(type.get().id()).withDuration(null);
			}
		}
		if (heard.durationMin() != null && request.appointmentTypeId() == null) {
			request = request.withDuration(heard.durationMin());
		}
		session.request(request);
	}

	void absorbProvider(CallSession session, String said) {
		Set<Long> named = mentionedProviders(said);
		if (named.size() == 1) {
			session.request(session.request().withProvider(named.iterator().next()));
		}
	}

	/**
	 * The name and the number, whichever the caller said.
	 */
	void absorbCaller(CallSession session, Extraction heard) {
		absorbName(session, heard);
		absorbPhone(session, heard);
	}

	void absorbName(CallSession session, Extraction heard) {
		if (heard.name() != null && !heard.name().isBlank()) {
			session.identity(session.identity().named(heard.name().trim()));
		}
	}

	void absorbPhone(CallSession session, Extraction heard) {
		if (heard.phone() != null) {
			// the network vouches for the caller ID, so a number equal to it needs no
			// read-back
			boolean callerId = IdentityMatcher.callerPhone(session).map(heard.phone()::equals).orElse(false);
			session.identity(session.identity().withPhone(heard.phone(), callerId));
		}
	}

	/**
	 * The providers whose last name the caller said.
	 */
	Set<Long> mentionedProviders(String said) {
		Set<String> words = CallerPhrases.words(said);
		Set<Long> named = new LinkedHashSet<>();
		for (Provider provider : this.providers.findAll()) {
			String[] parts = provider.name().toLowerCase(Locale.ROOT).split("[^a-z]+");
			String last = parts[parts.length - 1];
			if (last.length() > 1 && words.contains(last)) {
				named.add(provider.id());
			}
		}
		return named;
	}

	/**
	 * The kind of visit by its name, or loosely ("clean" for "cleaning").
	 */
	Optional<AppointmentType> resolveType(String service) {
		Optional<AppointmentType> exact = this.appointmentTypes.findByName(service);
		if (exact.isPresent()) {
			return exact;
		}
		String wanted = service.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return this.appointmentTypes.findAll().stream().filter((type) -> {
			String name = type.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			return !wanted.isEmpty() && (name.contains(wanted) || wanted.contains(name));
		}).findFirst();
	}

	static boolean hasWhen(Extraction heard) {
		return heard.date() != null || heard.time() != null || heard.timeWindow() != null || heard.dateRange() != null;
	}

	/**
	 * Whether the caller asked for something bookable: a when, a kind or a length of
	 * visit.
	 */
	static boolean hasRequest(Extraction heard) {
		return hasWhen(heard) || heard.service() != null || heard.durationMin() != null;
	}

}
