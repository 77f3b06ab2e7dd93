package io.bella.operations.slo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.bella.system.ClusterJobs;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes this instance's SLO counts to the database every flush interval (10 s) and at
 * shutdown, so that the SLIs hold across restarts and instances; a process killed without
 * shutting down (kill -9, a lost node) loses at most the last interval. Also deletes the
 * counts older than the retention (35 days), hourly on one instance of the cluster.
 */
@Component
class SloFlush {

	private static final Logger log = LoggerFactory.getLogger(SloFlush.class);

	static final String PURGE_JOB = "slo-purge";

	private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

	private final SloCounters counters;

	private final SloRollups rollups;

	private final SloProperties properties;

	private final Clock clock;

	private final ClusterJobs jobs;

	SloFlush(SloCounters counters, SloRollups rollups, SloProperties properties, Clock clock, ClusterJobs jobs) {
		this.counters = counters;
		this.rollups = rollups;
		this.properties = properties;
		this.clock = clock;
		this.jobs = jobs;
	}

	// per instance by nature, not through ClusterJobs: each instance writes the counts it
	// holds in its own memory
	@Scheduled(fixedDelayString = "${bella.operations.slo.flush-interval:10s}",
			initialDelayString = "${bella.operations.slo.flush-interval:10s}")
	void onSchedule() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// kept in memory: the next flush writes the same minutes again
			log.warn("SLO counts not written: {}", ex.toString());
		}
	}

	@PreDestroy
	void onShutdown() {
		onSchedule();
	}

	/** Writes the counts now. */
	synchronized void flush() {
		List<SloCounters.Snapshot> snapshots = this.counters.snapshot(this.clock.instant());
		if (!snapshots.isEmpty()) {
			this.rollups.write(snapshots);
			this.counters.forget(snapshots);
		}
	}

	@Scheduled(fixedDelayString = "1h", initialDelayString = "5m")
	void purgeOnSchedule() {
		this.jobs.run(PURGE_JOB, PURGE_INTERVAL, this::purgeOld);
	}

	/** Deletes the counts older than the retention now, logging a failure. */
	void purge() {
		try {
			purgeOld();
		}
		catch (RuntimeException ex) {
			log.warn("SLO counts not purged: {}", ex.toString());
		}
	}

	private void purgeOld() {
		int purged = this.rollups.purge(
				List.of(Slo.WEBHOOK_AVAILABILITY, Slo.WEBHOOK_LATENCY, Slo.WEBHOOK_LATENCY_FAST, Slo.API_ERRORS),
				this.clock.instant().minus(this.properties.retention()));
		if (purged > 0) {
			log.info("Purged {} SLO counts older than {}", purged, this.properties.retention());
		}
	}

}
