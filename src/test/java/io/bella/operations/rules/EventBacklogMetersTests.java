package io.bella.operations.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.bella.MutableClock;
import io.bella.operations.EventBacklog.Backlog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog gauges: the count and the oldest age in seconds (0 without any), read at
 * most once per 10 s whatever the number of scrapes, and kept while the database cannot
 * be read.
 */
class EventBacklogMetersTests {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	MutableClock clock = new MutableClock(NOW);

	AtomicReference<Backlog> backlog = new AtomicReference<>(new Backlog(0, null));

	AtomicInteger reads = new AtomicInteger();

	SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@BeforeEach
	void bind() {
		new EventBacklogMeters(() -> {
			this.reads.incrementAndGet();
			Backlog now = this.backlog.get();
			if (now == null) {
				throw new DataAccessResourceFailureException("database down");
			}
			return now;
		}, this.clock).bindTo(this.registry);
	}

	@Test
	void noBacklogIsZeroPublicationsAndZeroAge() {
		assertThat(publications()).isZero();
		assertThat(oldestAge()).isZero();
	}

	@Test
	void theOldestAgeIsInSecondsSinceItWasPublished() {
		this.backlog.set(new Backlog(3, NOW.minus(Duration.ofMinutes(7))));

		assertThat(publications()).isEqualTo(3);
		assertThat(oldestAge()).isEqualTo(420);
		assertThat(this.registry.get(EventBacklogMeters.OLDEST_AGE).gauge().getId().getBaseUnit()).isEqualTo("seconds");
	}

	@Test
	void scrapesWithinTenSecondsShareOneRead() {
		this.backlog.set(new Backlog(3, NOW.minus(Duration.ofMinutes(7))));
		publications();
		oldestAge();
		this.backlog.set(new Backlog(5, NOW.minus(Duration.ofMinutes(8))));
		this.clock.advance(Duration.ofSeconds(9));

		assertThat(publications()).isEqualTo(3);
		assertThat(this.reads).hasValue(1);

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(publications()).isEqualTo(5);
		assertThat(oldestAge()).isEqualTo(490);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void theLastFiguresStayWhileTheDatabaseCannotBeRead() {
		this.backlog.set(new Backlog(2, NOW.minus(Duration.ofMinutes(1))));
		publications();
		this.backlog.set(null);
		this.clock.advance(Duration.ofSeconds(30));

		assertThat(publications()).isEqualTo(2);
		assertThat(oldestAge()).isEqualTo(90);
	}

	@Test
	void nothingIsReportedBeforeTheFirstRead() {
		this.backlog.set(null);

		assertThat(publications()).isNaN();
	}

	private double publications() {
		return this.registry.get(EventBacklogMeters.PUBLICATIONS).gauge().value();
	}

	private double oldestAge() {
		return this.registry.get(EventBacklogMeters.OLDEST_AGE).gauge().value();
	}

}
