package io.bella.messaging;

import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * A Twilio SDK {@link HttpClient} that makes every request but a read once. The SDK
 * repeats a request Twilio answered with a 5xx up to three times, a POST too; Twilio may
 * have created the message before it failed to answer, and has no idempotency key for
 * message creation, so a repeated create may text a patient twice. A failed create is
 * left to {@link ClaimedTexts}, which looks it up before it is sent again. Reads keep the
 * SDK's retries.
 */
class SingleAttemptTwilioHttpClient extends HttpClient {

	private final HttpClient delegate;

	SingleAttemptTwilioHttpClient(HttpClient delegate) {
		this.delegate = delegate;
	}

	@Override
	public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
		return super.reliableRequest(request, retryCodes, (request.getMethod() == HttpMethod.GET) ? retries : 1,
				delayMillis);
	}

	@Override
	public Response makeRequest(Request request) {
		return this.delegate.makeRequest(request);
	}

}
