package io.bella.dialogue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Clinic;
import io.bella.booking.ClinicSetupChanged;
import io.bella.booking.Clinics;
import io.bella.booking.NotFoundException;
import io.bella.extraction.ClinicVocabularies;
import io.bella.extraction.ClinicVocabulary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The clinic's own words for caller understanding: its name (never a caller's name) and
 * its appointment types (what callers ask for), read from the clinic's set-up. A turn
 * reads them from the cache; every {@link #REFRESH} they are read again in the background
 * while turns go on with the last ones, so a slow or absent database never holds up the
 * reading of a caller.
 */
@Component
class ClinicWords implements ClinicVocabularies {

	static final String CACHE = "clinic-vocabulary";

	/**
	 * How often the words are re-read in the background, whether or not a turn asked: a
	 * change made on another instance (which this one hears no event of) reaches the
	 * reading of callers within 5 s, this and the read itself.
	 */
	static final Duration REFRESH = Duration.ofSeconds(4);

	private static final String KEY = "current";

	private final CaffeineCache cache;

	ClinicWords(CacheManager caches) {
		this.cache = (CaffeineCache) Objects.requireNonNull(caches.getCache(CACHE), CACHE + " cache");
	}

	/**
	 * Reads the vocabulary again once a set-up change is committed; turns go on with the
	 * last one until it is read.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ClinicSetupChanged change) {
		refresh();
	}

	/**
	 * Re-reads the words in the background every {@link #REFRESH}: Caffeine's own refresh
	 * happens only on a read, which would hand the first turn after a quiet spell words
	 * of any age.
	 */
	@Scheduled(fixedDelay = 4, initialDelay = 4, timeUnit = TimeUnit.SECONDS)
	void refresh() {
		if (this.cache.getNativeCache() instanceof LoadingCache<Object, Object> loading) {
			loading.refresh(KEY);
		}
	}

	@Override
	public ClinicVocabulary current() {
		ClinicVocabulary vocabulary = this.cache.get(KEY, ClinicVocabulary.class);
		return (vocabulary != null) ? vocabulary : ClinicVocabulary.builtIn();
	}

	/**
	 * Reads the vocabulary for the cache: the built-in one before a clinic is set up or
	 * when the first read fails; a failed re-read keeps the last vocabulary.
	 */
	static final class Loader implements CacheLoader<Object, Object> {

		private final ObjectProvider<Clinics> clinics;

		private final ObjectProvider<AppointmentTypes> appointmentTypes;

		Loader(ObjectProvider<Clinics> clinics, ObjectProvider<AppointmentTypes> appointmentTypes) {
			this.clinics = clinics;
			this.appointmentTypes = appointmentTypes;
		}

		@Override
		public Object load(Object key) {
			try {
				return read();
			}
			catch (RuntimeException ex) {
				return ClinicVocabulary.builtIn();
			}
		}

		@Override
		public Object reload(Object key, Object last) {
			try {
				return read();
			}
			catch (RuntimeException ex) {
				return last;
			}
		}

		private ClinicVocabulary read() {
			try {
				Map<String, List<String>> types = new LinkedHashMap<>();
				this.appointmentTypes.getObject().findAll().forEach((type) -> types.put(type.name(), type.synonyms()));
				Clinic clinic = this.clinics.getObject().clinic();
				return ClinicVocabulary.of(clinic.name(), types).withPractice(clinic.kind());
			}
			catch (NotFoundException ex) {
				// no clinic set up yet
				return ClinicVocabulary.builtIn();
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CacheSettings {

		@Bean(destroyMethod = "shutdownNow")
		@Qualifier("clinicVocabularyRefresh")
		ExecutorService clinicVocabularyRefresh() {
			return Executors.newSingleThreadExecutor((task) -> {
				Thread thread = new Thread(task, "clinic-vocabulary");
				thread.setDaemon(true);
				return thread;
			});
		}

		@Bean
		CacheManagerCustomizer<CaffeineCacheManager> clinicVocabularyCache(ObjectProvider<Clinics> clinics,
				ObjectProvider<AppointmentTypes> appointmentTypes,
				@Qualifier("clinicVocabularyRefresh") ExecutorService clinicVocabularyRefresh) {
			return (caches) -> caches.registerCustomCache(CACHE,
					Caffeine.newBuilder()
						.recordStats()
						.refreshAfterWrite(REFRESH)
						.executor(clinicVocabularyRefresh)
						.build(new Loader(clinics, appointmentTypes)));
		}

	}

}
