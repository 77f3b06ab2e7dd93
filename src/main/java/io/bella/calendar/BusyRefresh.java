package io.bella.calendar;

import io.bella.system.ClusterJobs;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the round of busy-time imports every {@code bella.google.busy-refresh} on one
 * instance of the cluster; within the round each provider's import is claimed on its own
 * as well ({@link BusyImport}).
 */
@Component
class BusyRefresh {

	static final String JOB = "busy-import";

	private final BusyImport imports;

	private final BusyRefreshProperties properties;

	private final ClusterJobs jobs;

	BusyRefresh(BusyImport imports, BusyRefreshProperties properties, ClusterJobs jobs) {
		this.imports = imports;
		this.properties = properties;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${bella.google.busy-refresh:10m}",
			initialDelayString = "${bella.google.busy-refresh:10m}")
	void onSchedule() {
		this.jobs.run(JOB, this.properties.busyRefresh(), this.imports::refresh);
	}

}
