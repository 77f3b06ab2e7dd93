package io.bella.system;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes the event publications a crash, a restart or a failing listener left
 * incomplete: every {@code bella.events.resubmit-interval} (1 min), on one instance of
 * the cluster, those older than {@code bella.events.resubmit-after} (5 min) are handed to
 * their listeners again. It replaces Modulith's republication at start, which every
 * starting instance would do at once, publications another instance is still working on
 * included. Listeners with an outside effect claim it in a row of their own before
 * acting, so a publication delivered twice acts once.
 */
@Component
class EventResubmission {

	static final String JOB = "event-resubmission";

	private final IncompleteEventPublications publications;

	private final EventsProperties properties;

	private final ClusterJobs jobs;

	EventResubmission(IncompleteEventPublications publications, EventsProperties properties, ClusterJobs jobs) {
		this.publications = publications;
		this.properties = properties;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${bella.events.resubmit-interval:1m}",
			initialDelayString = "${bella.events.resubmit-interval:1m}")
	void onSchedule() {
		this.jobs.run(JOB, this.properties.resubmitInterval(), this::resubmit);
	}

	/** Resubmits the publications older than the resubmission age now. */
	void resubmit() {
		this.publications.resubmitIncompletePublicationsOlderThan(this.properties.resubmitAfter());
	}

}
