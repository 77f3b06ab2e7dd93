package io.bella.operations.breakers;

import java.time.Clock;
import java.time.Duration;

import io.bella.system.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes breaker transitions older than the retention (30 days), and the states of
 * instances not heard of for as long; hourly, on one instance of the cluster.
 */
@Component
class BreakerHistoryPurge {

	private static final Logger log = LoggerFactory.getLogger(BreakerHistoryPurge.class);

	static final String JOB = "breaker-history-purge";

	private static final Duration INTERVAL = Duration.ofHours(1);

	private final BreakerRecords records;

	private final BreakerProperties properties;

	private final Clock clock;

	private final ClusterJobs jobs;

	BreakerHistoryPurge(BreakerRecords records, BreakerProperties properties, Clock clock, ClusterJobs jobs) {
		this.records = records;
		this.properties = properties;
		this.clock = clock;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "1h", initialDelayString = "5m")
	void onSchedule() {
		this.jobs.run(JOB, INTERVAL, this::purge);
	}

	int purge() {
		int purged = this.records.purge(this.clock.instant().minus(this.properties.retention()));
		if (purged > 0) {
			log.info("Purged {} circuit breaker records older than {}", purged, this.properties.retention());
		}
		return purged;
	}

}
