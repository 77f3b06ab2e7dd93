package io.bella.operations.notifications;

import io.bella.system.ClusterJobs;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the outbox every {@code bella.operations.notifications.poll-interval} on one
 * instance of the cluster, for retries and the claims a crashed instance left; a new
 * notice does not wait for it (the instance that queued it sends it at once).
 */
@Component
class NotificationPolling {

	static final String JOB = "notification-dispatch";

	private final NotificationDispatcher dispatcher;

	private final NotificationProperties properties;

	private final ClusterJobs jobs;

	NotificationPolling(NotificationDispatcher dispatcher, NotificationProperties properties, ClusterJobs jobs) {
		this.dispatcher = dispatcher;
		this.properties = properties;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${bella.operations.notifications.poll-interval:10s}",
			initialDelayString = "${bella.operations.notifications.poll-interval:10s}")
	void onSchedule() {
		this.jobs.run(JOB, this.properties.pollInterval(), this.dispatcher::dispatchDue);
	}

}
