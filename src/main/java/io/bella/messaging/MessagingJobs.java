package io.bella.messaging;

import io.bella.system.ClusterJobs;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The module's periodic work, each job on one instance of the cluster per interval: the
 * reminder scan, the retries of incomplete texts and transcriptions, and the
 * reconciliation of voicemails with Twilio's recordings.
 */
@Component
class MessagingJobs {

	static final String REMINDER_SCAN = "reminder-scan";

	static final String MESSAGE_RETRY = "message-retry";

	static final String RECORDING_RECONCILIATION = "recording-reconciliation";

	private final Reminders reminders;

	private final IncompleteMessageRetries retries;

	private final RecordingReconciliation reconciliation;

	private final ReminderProperties reminderProperties;

	private final MessagesProperties properties;

	private final ClusterJobs jobs;

	MessagingJobs(Reminders reminders, IncompleteMessageRetries retries, RecordingReconciliation reconciliation,
			ReminderProperties reminderProperties, MessagesProperties properties, ClusterJobs jobs) {
		this.reminders = reminders;
		this.retries = retries;
		this.reconciliation = reconciliation;
		this.reminderProperties = reminderProperties;
		this.properties = properties;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${bella.reminders.scan-interval:1m}",
			initialDelayString = "${bella.reminders.scan-interval:1m}")
	void scanReminders() {
		this.jobs.run(REMINDER_SCAN, this.reminderProperties.scanInterval(), this.reminders::scanNow);
	}

	@Scheduled(fixedDelayString = "${bella.messages.retry-interval:1m}",
			initialDelayString = "${bella.messages.retry-interval:1m}")
	void retryIncomplete() {
		this.jobs.run(MESSAGE_RETRY, this.properties.retryInterval(), this.retries::resubmit);
	}

	@Scheduled(fixedDelayString = "${bella.messages.reconcile-interval:5m}",
			initialDelayString = "${bella.messages.reconcile-interval:5m}")
	void reconcileRecordings() {
		this.jobs.run(RECORDING_RECONCILIATION, this.properties.reconcileInterval(), this.reconciliation::reconcile);
	}

}
