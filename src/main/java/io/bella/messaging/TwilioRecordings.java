package io.bella.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.bella.voice.TwilioDurations;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Fetches what Bella needs about a call's recording from Twilio's REST API, through
 * {@link TwilioClient} and behind the {@code twilio} circuit breaker.
 */
@Component
class TwilioRecordings {

	static final Pattern RECORDING_SID = Pattern.compile("RE[0-9a-fA-F]{32}");

	static final Pattern CALL_SID = Pattern.compile("CA[0-9a-fA-F]{32}");

	// the recordings of <Record>; other sources are not voicemails
	private static final String RECORD_VERB = "RecordVerb";

	// unfinished ones come back in a later round
	private static final Set<String> FINISHED = Set.of("completed", "absent");

	private final TwilioClient client;

	private final CircuitBreaker breaker;

	TwilioRecordings(ObjectProvider<TwilioClient> client, CircuitBreakerRegistry breakers) {
		this.client = client.getIfAvailable();
		this.breaker = breakers.circuitBreaker("twilio");
	}

	boolean enabled() {
		return this.client != null;
	}

	/**
	 * Downloads a recording as WAV. The URL is built from the account and recording SIDs
	 * rather than taken from the callback, so the account's credentials only ever go to
	 * Twilio.
	 * @param recordingSid the recording ({@code RE…})
	 * @return the audio
	 */
	byte[] downloadWav(String recordingSid) {
		requireEnabled();
		if (!RECORDING_SID.matcher(recordingSid).matches()) {
			throw new IllegalArgumentException("Not a recording SID");
		}
		return this.breaker.executeSupplier(() -> this.client.recordingWav(recordingSid));
	}

	/**
	 * Who placed a call, as Twilio recorded it.
	 * @param callSid the call ({@code CA…})
	 * @return the caller's number, E.164, or what Twilio says for a withheld number
	 */
	String caller(String callSid) {
		requireEnabled();
		if (!CALL_SID.matcher(callSid).matches()) {
			throw new IllegalArgumentException("Not a call SID");
		}
		return this.breaker.executeSupplier(() -> this.client.call(callSid).from());
	}

	/**
	 * The voicemails ({@code <Record>} recordings) Twilio made since a time, newest
	 * first, as Twilio's recording list reports them.
	 * @param since the earliest creation time
	 * @param max at most this many
	 * @return the recordings
	 */
	List<Voicemails.RecordingReport> voicemailsSince(Instant since, int max) {
		requireEnabled();
		return this.breaker.executeSupplier(() -> this.client.recordings(since, max)
			.stream()
			.filter((recording) -> RECORD_VERB.equals(recording.source()) && recording.callSid() != null
					&& FINISHED.contains(recording.status()))
			.map(this::report)
			.toList());
	}

	private Voicemails.RecordingReport report(TwilioClient.Recording recording) {
		Integer seconds = TwilioDurations.seconds(recording.duration(), "the recording's duration");
		return new Voicemails.RecordingReport(recording.callSid(), null, recording.sid(), TwilioClient.TWILIO_API
				+ "/2010-04-01/Accounts/" + this.client.accountSid() + "/Recordings/" + recording.sid(),
				recording.status(), seconds);
	}

	private void requireEnabled() {
		if (!enabled()) {
			throw new IllegalStateException("Twilio REST is off (no TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)");
		}
	}

}
