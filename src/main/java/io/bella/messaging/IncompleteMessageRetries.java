package io.bella.messaging;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Tries again, on a schedule, the SMS confirmations and voicemail transcriptions whose
 * event publication is still incomplete (Twilio or the database was down, the process
 * crashed). Only this module's listeners are resubmitted; other modules decide for
 * theirs.
 */
@Configuration(proxyBeanMethods = false)
class IncompleteMessageRetries {

	static final Set<String> LISTENERS = Set.of(SmsConfirmations.BOOKED_LISTENER, SmsConfirmations.RESCHEDULED_LISTENER,
			SmsConfirmations.CANCELLED_LISTENER, Voicemails.TRANSCRIPTION_LISTENER);

	private static final Logger log = LoggerFactory.getLogger(IncompleteMessageRetries.class);

	private final IncompleteEventPublications publications;

	private final MessagesProperties properties;

	IncompleteMessageRetries(IncompleteEventPublications publications, MessagesProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	/**
	 * Resubmits now, logging a failure (on a schedule, {@link MessagingJobs} runs it).
	 */
	void retry() {
		try {
			resubmit();
		}
		catch (RuntimeException ex) {
			log.warn("Could not resubmit incomplete messages: {}", ex.toString());
		}
	}

	void resubmit() {
		this.publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
			.withMinAge(this.properties.retryAfter())
			.withFilter(IncompleteMessageRetries::isOurs));
	}

	static boolean isOurs(EventPublication publication) {
		return publication instanceof TargetEventPublication target
				&& LISTENERS.contains(target.getTargetIdentifier().getValue());
	}

}
