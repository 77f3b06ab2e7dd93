package io.bella.calendar;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * {@code bella.google.reconcile-interval}. Each instance runs both; the outbox's claims
 * keep them from writing the same appointment.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarJobs {

	private static final Logger log = LoggerFactory.getLogger(CalendarJobs.class);

	// long enough that a listener still at work is left alone
	private static final Duration RESUBMIT_AFTER = Duration.ofMinutes(1);

	private final GoogleCalendars calendars;

	private final CalendarPush push;

	private final OwnEventsCheck check;

	private final IncompleteEventPublications publications;

	CalendarJobs(GoogleCalendars calendars, CalendarPush push, OwnEventsCheck check,
			IncompleteEventPublications publications) {
		this.calendars = calendars;
		this.push = push;
		this.check = check;
		this.publications = publications;
	}

	@Scheduled(fixedDelayString = "${bella.google.push-interval:15s}",
			initialDelayString = "${bella.google.push-interval:15s}")
	void push() {
		if (!this.calendars.enabled()) {
			return;
		}
		try {
			this.publications.resubmitIncompletePublications(
					ResubmissionOptions.defaults().withMinAge(RESUBMIT_AFTER).withFilter(CalendarJobs::isOurs));
			this.push.writeDue();
		}
		catch (RuntimeException ex) {
			log.warn("Could not write to Google Calendar: {}", ex.toString());
		}
	}

	@Scheduled(fixedDelayString = "${bella.google.reconcile-interval:15m}",
			initialDelayString = "${bella.google.reconcile-interval:15m}")
	void check() {
		try {
			this.check.check();
		}
		catch (RuntimeException ex) {
			log.warn("Could not check the events Bella owns in Google Calendar: {}", ex.toString());
		}
	}

	static boolean isOurs(EventPublication publication) {
		return publication instanceof TargetEventPublication target
				&& AppointmentChanges.LISTENERS.contains(target.getTargetIdentifier().getValue());
	}

}
