package io.bella.calendar;

import java.time.Duration;

import io.bella.system.ClusterJobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The calendar's periodic work: the outbox drained every
 * {@code bella.google.push-interval}, the events Bella owns checked every
 * {@code bella.google.reconcile-interval}, each on one instance of the cluster per
 * interval; should two ever push at once, the outbox's claims keep them from writing the
 * same appointment.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarJobs {

	static final String PUSH = "calendar-push";

	static final String CHECK = "calendar-check";

	// long enough that a listener still at work is left alone
	private static final Duration RESUBMIT_AFTER = Duration.ofMinutes(1);

	private final GoogleCalendars calendars;

	private final CalendarPush push;

	private final OwnEventsCheck check;

	private final IncompleteEventPublications publications;

	private final GoogleProperties properties;

	private final ClusterJobs jobs;

	CalendarJobs(GoogleCalendars calendars, CalendarPush push, OwnEventsCheck check,
			IncompleteEventPublications publications, GoogleProperties properties, ClusterJobs jobs) {
		this.calendars = calendars;
		this.push = push;
		this.check = check;
		this.publications = publications;
		this.properties = properties;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${bella.google.push-interval:15s}",
			initialDelayString = "${bella.google.push-interval:15s}")
	void push() {
		this.jobs.run(PUSH, this.properties.pushInterval(), this::pushDue);
	}

	private void pushDue() {
		if (this.calendars.enabled()) {
			this.publications.resubmitIncompletePublications(
					ResubmissionOptions.defaults().withMinAge(RESUBMIT_AFTER).withFilter(CalendarJobs::isOurs));
			this.push.writeDue();
		}
	}

	@Scheduled(fixedDelayString = "${bella.google.reconcile-interval:15m}",
			initialDelayString = "${bella.google.reconcile-interval:15m}")
	void check() {
		this.jobs.run(CHECK, this.properties.reconcileInterval(), this.check::check);
	}

	static boolean isOurs(EventPublication publication) {
		return publication instanceof TargetEventPublication target
				&& AppointmentChanges.LISTENERS.contains(target.getTargetIdentifier().getValue());
	}

}
