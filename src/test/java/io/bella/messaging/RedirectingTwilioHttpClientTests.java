package io.bella.messaging;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.rest.Domains;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedirectingTwilioHttpClientTests {

	private final RedirectingTwilioHttpClient client = new RedirectingTwilioHttpClient("http://localhost:8089/",
			new RecordingHttpClient());

	@Test
	void sendsTwilioRequestsToTheBaseUrlKeepingEverythingElse() {
		Request request = new Request(HttpMethod.POST, Domains.API.toString(),
				"/2010-04-01/Accounts/AC1/Messages.json");
		request.addPostParam("To", "+14165550123");
		request.addQueryParam("PageSize", "20");
		request.addHeaderParam("X-Custom", "yes");
		request.setAuth("AC1", "token");

		Request redirected = this.client.redirect(request);

		assertThat(redirected.constructURL().toString())
			.isEqualTo("http://localhost:8089/2010-04-01/Accounts/AC1/Messages.json?PageSize=20");
		assertThat(redirected.getPostParams()).isEqualTo(request.getPostParams());
		assertThat(redirected.getHeaderParams()).isEqualTo(request.getHeaderParams());
		assertThat(redirected.getAuthString()).isEqualTo(request.getAuthString());
		assertThat(redirected.getMethod()).isEqualTo(HttpMethod.POST);
	}

	@Test
	void leavesOtherHostsAlone() {
		Request request = new Request(HttpMethod.GET, "https://example.com/file.wav");

		assertThat(this.client.redirect(request)).isSameAs(request);
	}

	static class RecordingHttpClient extends com.twilio.http.HttpClient {

		@Override
		public Response makeRequest(Request request) {
			return new Response("", 200);
		}

	}

}
