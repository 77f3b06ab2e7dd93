package io.bella.dialogue;

import java.time.Duration;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Clinics;
import io.bella.booking.NotFoundException;
import io.bella.extraction.ClinicVocabularies;
import io.bella.extraction.ClinicVocabulary;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The clinic's own words for caller understanding: its name (never a caller's name) and
 * its appointment types (what callers ask for), read from the clinic's set-up and kept
 * for a short while, so that a turn does not wait on the database for them.
 */
@Component
class ClinicWords implements ClinicVocabularies {

	static final String CACHE = "clinic-vocabulary";

	/** Set-up changes reach the reading of callers within this time. */
	static final Duration TTL = Duration.ofSeconds(30);

	private final Clinics clinics;

	private final AppointmentTypes appointmentTypes;

	private final Cache cache;

	ClinicWords(Clinics clinics, AppointmentTypes appointmentTypes, CacheManager caches) {
		this.clinics = clinics;
		this.appointmentTypes = appointmentTypes;
		this.cache = Objects.requireNonNull(caches.getCache(CACHE), CACHE + " cache");
	}

	/**
	 * The clinic's vocabulary; the built-in one before a clinic is set up, and for this
	 * turn only while the database does not answer (the turn itself then takes the safe
	 * path if it needs the database).
	 */
	@Override
	public ClinicVocabulary current() {
		ClinicVocabulary cached = this.cache.get(CACHE, ClinicVocabulary.class);
		if (cached != null) {
			return cached;
		}
		try {
			ClinicVocabulary read = ClinicVocabulary.of(this.clinics.clinic().name(),
					this.appointmentTypes.findAll().stream().map(AppointmentType::name).toList());
			this.cache.put(CACHE, read);
			return read;
		}
		catch (NotFoundException | DataAccessException ex) {
			return ClinicVocabulary.builtIn();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class CacheSettings {

		@Bean
		CacheManagerCustomizer<CaffeineCacheManager> clinicVocabularyCache() {
			return (caches) -> caches.registerCustomCache(CACHE,
					Caffeine.newBuilder().recordStats().expireAfterWrite(TTL).build());
		}

	}

}
