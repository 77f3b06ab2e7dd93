package io.bella.operations.breakers;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes breaker transitions older than the retention (30 days), and the states of
 * instances not heard of for as long; hourly on every instance (the delete is
 * idempotent).
 */
@Component
class BreakerHistoryPurge {

	private static final Logger log = LoggerFactory.getLogger(BreakerHistoryPurge.class);

	private final BreakerRecords records;

	private final BreakerProperties properties;

	private final Clock clock;

	BreakerHistoryPurge(BreakerRecords records, BreakerProperties properties, Clock clock) {
		this.records = records;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "1h", initialDelayString = "5m")
	void onSchedule() {
		try {
			purge();
		}
		catch (RuntimeException ex) {
			log.warn("Circuit breaker history not purged: {}", ex.toString());
		}
	}

	int purge() {
		int purged = this.records.purge(this.clock.instant().minus(this.properties.retention()));
		if (purged > 0) {
			log.info("Purged {} circuit breaker records older than {}", purged, this.properties.retention());
		}
		return purged;
	}

}
