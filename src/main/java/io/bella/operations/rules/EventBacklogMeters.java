package io.bella.operations.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.bella.operations.EventBacklog;
import io.bella.operations.EventBacklog.Backlog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The event publication backlog as gauges: {@code bella.events.backlog.publications}
 * (incomplete publications) and {@code bella.events.backlog.oldest.age} (seconds since
 * the oldest of them was published, 0 without any). Every instance reports the same
 * cluster-wide figures from {@code event_publication}; one read serves the scrapes of
 * {@link #MAX_AGE} (10 s), so that scrapes stay cheap. While the database cannot be read
 * the last figures stay (NaN before the first read).
 */
@Component
class EventBacklogMeters implements MeterBinder {

	static final String PUBLICATIONS = "bella.events.backlog.publications";

	static final String OLDEST_AGE = "bella.events.backlog.oldest.age";

	static final Duration MAX_AGE = Duration.ofSeconds(10);

	private final EventBacklog backlog;

	private final Clock clock;

	private volatile Read last;

	EventBacklogMeters(EventBacklog backlog, Clock clock) {
		this.backlog = backlog;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(PUBLICATIONS, this, (meters) -> meters.publications())
			.description("Event publications their listener has not completed, on all instances")
			.register(registry);
		Gauge.builder(OLDEST_AGE, this, (meters) -> meters.oldestAge())
			.description("Age of the oldest incomplete event publication (0 without any)")
			.baseUnit("seconds")
			.register(registry);
	}

	double publications() {
		Read read = read();
		return (read != null) ? read.backlog().incomplete() : Double.NaN;
	}

	double oldestAge() {
		Read read = read();
		if (read == null) {
			return Double.NaN;
		}
		Instant oldest = read.backlog().oldest();
		return (oldest != null) ? Math.max(0, Duration.between(oldest, this.clock.instant()).toSeconds()) : 0;
	}

	private Read read() {
		Instant now = this.clock.instant();
		Read read = this.last;
		if (fresh(read, now)) {
			return read;
		}
		synchronized (this) {
			read = this.last;
			if (fresh(read, now)) {
				return read;
			}
			try {
				this.last = new Read(this.backlog.backlog(), now);
			}
			catch (DataAccessException ex) {
				// the database is down (its own alert says so): the last figures stay
			}
			return this.last;
		}
	}

	private static boolean fresh(Read read, Instant now) {
		return read != null && !read.at().isAfter(now) && read.at().plus(MAX_AGE).isAfter(now);
	}

	private record Read(Backlog backlog, Instant at) {
	}

}
