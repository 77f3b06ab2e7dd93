package io.bella.voice;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.bella.booking.Clinic;
import io.bella.booking.ClinicSetupChanged;
import io.bella.booking.Clinics;
import io.bella.dialogue.DialogueEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

/**
 * What the phone transport needs to know about the clinic on every turn (speech hints,
 * the transfer number), from the {@value #CACHE} cache: re-read in the background every
 * {@code bella.voice.hints-refresh} and kept when re-reading fails, so that a caller can
 * still be transferred while the database is down.
 */
@Component
class ClinicFacts {

	static final String CACHE = "clinic-facts";

	private static final Logger log = LoggerFactory.getLogger(ClinicFacts.class);

	/** How soon facts that could not be read are read again. */
	static final Duration UNREAD_RETRY = Duration.ofSeconds(30);

	/** Re-reads run here, not on the common pool (one thread on two cores). */
	static final Executor REFRESH = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "clinic-facts");
		thread.setDaemon(true);
		return thread;
	});

	private final Clinics clinics;

	private final DialogueEngine dialogue;

	private final VoiceProperties properties;

	private final Cache cache;

	ClinicFacts(Clinics clinics, DialogueEngine dialogue, VoiceProperties properties, CacheManager caches) {
		this.clinics = clinics;
		this.dialogue = dialogue;
		this.properties = properties;
		this.cache = Objects.requireNonNull(caches.getCache(CACHE), CACHE + " cache");
	}

	/**
	 * The {@value #CACHE} cache, built on {@code caffeine}, reading through {@code facts}
	 * (looked up when first needed: reading them needs beans that need the cache
	 * manager).
	 */
	static com.github.benmanes.caffeine.cache.Cache<Object, Object> cache(Caffeine<Object, Object> caffeine,
			Duration refresh, Supplier<ClinicFacts> facts) {
		return caffeine.recordStats()
			.refreshAfterWrite(refresh)
			.expireAfter(new UnreadExpiry())
			.build(new CacheLoader<>() {

				// facts that cannot be read are "unread" for a while, so that turns do
				// not
				// each wait on the database to find that out again
				@Override
				public Object load(Object key) {
					try {
						return facts.get().read();
					}
					catch (RuntimeException ex) {
						log.warn("Could not read the clinic's speech hints; trying again in {} ({})", UNREAD_RETRY,
								ex.toString());
						return Snapshot.UNREAD;
					}
				}

				// a refresh that fails keeps the facts last read until the next one
				@Override
				public Object reload(Object key, Object last) {
					try {
						return facts.get().read();
					}
					catch (RuntimeException ex) {
						log.warn("Could not re-read the clinic's speech hints; using the last ones ({})",
								ex.toString());
						return last;
					}
				}

			});
	}

	/**
	 * Reads the facts again once a set-up change is committed; turns go on with the last
	 * ones until they are read.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ClinicSetupChanged change) {
		refresh();
	}

	/**
	 * Re-reads the facts in the background every {@code bella.voice.hints-refresh}, so
	 * that a change made on another instance (which this one hears no event of) is used
	 * within that and one read: Caffeine's own refresh happens only on a read, which
	 * would hand the first turn after a quiet spell facts of any age.
	 */
	@Scheduled(fixedDelayString = "${bella.voice.hints-refresh:4s}",
			initialDelayString = "${bella.voice.hints-refresh:4s}")
	void refresh() {
		if (((CaffeineCache) this.cache).getNativeCache() instanceof LoadingCache<Object, Object> loading) {
			loading.refresh(SimpleKey.EMPTY);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		hints();
	}

	/**
	 * Words the recognizer should expect: the clinic's name, its providers and its
	 * appointment types; empty while they cannot be read.
	 */
	String hints() {
		try {
			return this.cache.get(SimpleKey.EMPTY, Snapshot.class).hints();
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the clinic's speech hints ({})", ex.toString());
			return "";
		}
	}

	/**
	 * Where to send a caller when something fails: the configured number, else the
	 * clinic's transfer number as last read; {@code null} when neither is known. Never
	 * waits on the database, which may be what failed.
	 */
	String transferNumber() {
		if (StringUtils.hasText(this.properties.transferNumber())) {
			return this.properties.transferNumber();
		}
		Object last = ((CaffeineCache) this.cache).getNativeCache().getIfPresent(SimpleKey.EMPTY);
		return (last instanceof Snapshot snapshot) ? snapshot.transferNumber() : null;
	}

	/**
	 * The facts as the database holds them now. Not private: the cache reads them through
	 * the bean, which Spring Modulith proxies for its event listener, and a private
	 * method called on the proxy would run on the proxy's empty fields.
	 */
	Snapshot read() {
		Clinic clinic = this.clinics.clinic();
		List<String> hints = this.dialogue.speechHints();
		if (hints.isEmpty()) {
			throw new IllegalStateException("no speech hints");
		}
		return new Snapshot(String.join(", ", hints), clinic.transferNumber());
	}

	private record Snapshot(String hints, String transferNumber) {

		static final Snapshot UNREAD = new Snapshot("", null);

	}

	/**
	 * Facts that were read are kept (and refreshed); the stand-in for facts that could
	 * not be read expires after {@link #UNREAD_RETRY}, so that the next turn reads them
	 * again.
	 */
	private static final class UnreadExpiry implements Expiry<Object, Object> {

		@Override
		public long expireAfterCreate(Object key, Object value, long currentTime) {
			return (value == Snapshot.UNREAD) ? UNREAD_RETRY.toNanos() : Long.MAX_VALUE;
		}

		@Override
		public long expireAfterUpdate(Object key, Object value, long currentTime, long currentDuration) {
			return expireAfterCreate(key, value, currentTime);
		}

		@Override
		public long expireAfterRead(Object key, Object value, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
