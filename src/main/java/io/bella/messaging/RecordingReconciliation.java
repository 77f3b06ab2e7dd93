package io.bella.messaging;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores the voicemails whose recording callback could not be stored (the database was
 * down or slow, the instance died): on a schedule, Twilio's list of recent recordings is
 * compared with the callback requests, and any recording without one is stored as if its
 * callback had just arrived. Storing is idempotent (unique on the recording SID), so a
 * callback and a reconciliation may meet without harm.
 */
@Component
class RecordingReconciliation {

	private static final Logger log = LoggerFactory.getLogger(RecordingReconciliation.class);

	private static final int MAX_PER_ROUND = 1000;

	private final TwilioRecordings recordings;

	private final Voicemails voicemails;

	private final MessagesProperties properties;

	private final Clock clock;

	RecordingReconciliation(TwilioRecordings recordings, Voicemails voicemails, MessagesProperties properties,
			Clock clock) {
		this.recordings = recordings;
		this.voicemails = voicemails;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One round (on a schedule, {@link MessagingJobs} runs it).
	 * @return how many recordings were stored that had been missing
	 */
	int reconcile() {
		if (!this.recordings.enabled()) {
			return 0;
		}
		List<Voicemails.RecordingReport> listed = this.recordings
			.voicemailsSince(this.clock.instant().minus(this.properties.reconcileLookback()), MAX_PER_ROUND);
		int stored = 0;
		for (Voicemails.RecordingReport recording : listed) {
			try {
				if (this.voicemails.accept(recording)) {
					stored++;
					log.warn("Voicemail {} had not been stored from its callback; stored it from Twilio's list",
							recording.recordingSid());
				}
			}
			catch (DuplicateKeyException ex) {
				// its callback stored it meanwhile
			}
		}
		return stored;
	}

}
