package io.bella.booking;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

import static org.assertj.core.api.Assertions.assertThat;

class SetupCacheTests {

	final SetupCache<String> cache = new SetupCache<>(new ConcurrentMapCacheManager("setup"), "setup");

	final AtomicInteger reads = new AtomicInteger();

	@Test
	void aValueIsReadOnceUntilItIsForgotten() {
		assertThat(this.cache.get(() -> "hours " + this.reads.incrementAndGet())).isEqualTo("hours 1");
		assertThat(this.cache.get(() -> "hours " + this.reads.incrementAndGet())).isEqualTo("hours 1");

		this.cache.forget();

		assertThat(this.cache.get(() -> "hours " + this.reads.incrementAndGet())).isEqualTo("hours 2");
	}

	@Test
	void aReadThatBeganBeforeAChangeIsNotKeptAfterIt() {
		// the change is committed and forgotten while the read is under way: what the
		// read
		// saw is the set-up before it
		String before = this.cache.get(() -> {
			this.cache.forget();
			return "hours before the change";
		});
		assertThat(before).isEqualTo("hours before the change");

		assertThat(this.cache.get(() -> "hours after the change")).isEqualTo("hours after the change");
		assertThat(this.cache.get(() -> "read again")).isEqualTo("hours after the change");
	}

}
