package io.bella.voice;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.Domains;
import com.twilio.rest.api.v2010.account.Call;
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

	private void requireEnabled() {
		if (!enabled()) {
			throw new IllegalStateException("Twilio REST is off (no TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)");
		}
	}

}
