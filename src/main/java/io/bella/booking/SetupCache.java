package io.bella.booking;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;

/**
 * One cached part of the clinic's set-up, read on a miss and forgotten when a change to
 * it is committed. A read that began before a change cannot put its older value back
 * after the change was forgotten: every {@link #forget()} starts a new generation, and a
 * value read in an earlier generation is evicted again as soon as it is put (the next
 * read goes to the database).
 *
 * @param <T> the cached value's type
 */
final class SetupCache<T> {

	private final Cache cache;

	private final AtomicLong generation = new AtomicLong();

	SetupCache(CacheManager caches, String name) {
		this.cache = Objects.requireNonNull(caches.getCache(name), name + " cache");
	}

	@SuppressWarnings("unchecked")
	T get(Supplier<T> reader) {
		Cache.ValueWrapper cached = this.cache.get(SimpleKey.EMPTY);
		if (cached != null) {
			return (T) cached.get();
		}
		long seen = this.generation.get();
		T value = reader.get();
		this.cache.put(SimpleKey.EMPTY, value);
		if (this.generation.get() != seen) {
			this.cache.evict(SimpleKey.EMPTY);
		}
		return value;
	}

	void forget() {
		this.generation.incrementAndGet();
		this.cache.clear();
	}

}
