package io.bella.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.Domains;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Recording;
import io.bella.voice.TwilioDurations;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Fetches what Bella needs about a call's recording from Twilio's REST API, through the
 * SDK and behind the {@code twilio} circuit breaker.
 */
@Component
class TwilioRecordings {

	static final Pattern RECORDING_SID = Pattern.compile("RE[0-9a-fA-F]{32}");

	static final Pattern CALL_SID = Pattern.compile("CA[0-9a-fA-F]{32}");

	private final TwilioRestClient client;

	private final CircuitBreaker breaker;

	TwilioRecordings(ObjectProvider<TwilioRestClient> client, CircuitBreakerRegistry breakers) {
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
		Request request = new Request(HttpMethod.GET, Domains.API.toString(),
				"/2010-04-01/Accounts/" + this.client.getAccountSid() + "/Recordings/" + recordingSid + ".wav");
		return this.breaker.executeSupplier(() -> {
			Response response = this.client.request(request);
			if (response == null || response.getStatusCode() != 200) {
				throw new ApiException(
						"Twilio answered " + ((response != null) ? response.getStatusCode() : "nothing")
								+ " for recording " + recordingSid,
						(response != null) ? response.getStatusCode() : null);
			}
			try (InputStream audio = response.getStream()) {
				return audio.readAllBytes();
			}
			catch (IOException ex) {
				throw new ApiException("Could not read recording " + recordingSid, ex);
			}
		});
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
		return this.breaker.executeSupplier(() -> Call.fetcher(callSid).fetch(this.client).getFrom());
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
		return this.breaker.executeSupplier(() -> {
			List<Voicemails.RecordingReport> reports = new ArrayList<>();
			for (Recording recording : Recording.reader()
				.setDateCreatedAfter(since.atZone(ZoneOffset.UTC))
				.setPageSize(100L)
				.limit(max)
				.read(this.client)) {
				// other sources are not voicemails; unfinished ones come back in a later
				// round
				if (recording.getSource() == Recording.Source.RECORD_VERB && recording.getCallSid() != null
						&& (recording.getStatus() == Recording.Status.COMPLETED
								|| recording.getStatus() == Recording.Status.ABSENT)) {
					reports.add(report(recording));
				}
			}
			return reports;
		});
	}

	private Voicemails.RecordingReport report(Recording recording) {
		String status = recording.getStatus().toString();
		Integer seconds = TwilioDurations.seconds(recording.getDuration(), "the recording's duration");
		return new Voicemails.RecordingReport(recording.getCallSid(), null, recording.getSid(),
				"https://api.twilio.com/2010-04-01/Accounts/" + this.client.getAccountSid() + "/Recordings/"
						+ recording.getSid(),
				status, seconds);
	}

	private void requireEnabled() {
		if (!enabled()) {
			throw new IllegalStateException("Twilio REST is off (no TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)");
		}
	}

}
