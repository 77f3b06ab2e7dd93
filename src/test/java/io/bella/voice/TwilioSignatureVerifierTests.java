package io.bella.voice;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.bella.simulator.CallSimulator;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioSignatureVerifierTests {

	// Twilio's published example: https://www.twilio.com/docs/usage/security
	private static final String TOKEN = "12345";

	private static final String SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

	private static final Map<String, String> PARAMS = Map.of("Digits", "1234", "CallSid", "CA1234567890ABCDE", "To",
			"+18005551212", "Caller", "+14158675309", "From", "+14158675309");

	@Test
	void publishedVectorPasses() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, SIGNATURE);
		assertThat(new TwilioSignatureVerifier(TOKEN, null).verify(request)).isTrue();
	}

	@Test
	void alteredSignatureFails() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, "NOT" + SIGNATURE);
		assertThat(new TwilioSignatureVerifier(TOKEN, null).verify(request)).isFalse();
	}

	@Test
	void missingSignatureFails() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, null);
		assertThat(new TwilioSignatureVerifier(TOKEN, null).verify(request)).isFalse();
	}

	@Test
	void alteredParameterFails() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, SIGNATURE);
		request.setParameter("Digits", "9999");
		assertThat(new TwilioSignatureVerifier(TOKEN, null).verify(request)).isFalse();
	}

	@Test
	void anotherTokenFails() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, SIGNATURE);
		assertThat(new TwilioSignatureVerifier("54321", null).verify(request)).isFalse();
	}

	@Test
	void withoutAuthTokenEverythingFails() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, SIGNATURE);
		TwilioSignatureVerifier verifier = new TwilioSignatureVerifier("  ", null);
		assertThat(verifier.canVerify()).isFalse();
		assertThat(verifier.verify(request)).isFalse();
	}

	@Test
	void publicUrlIsWhatTwilioSignedBehindAProxy() {
		MockHttpServletRequest request = request("http", "10.0.0.7", 8000, SIGNATURE);
		assertThat(new TwilioSignatureVerifier(TOKEN, null).verify(request)).isFalse();
		assertThat(new TwilioSignatureVerifier(TOKEN, "https://mycompany.com/").verify(request)).isTrue();
	}

	@Test
	void forwardedHeadersFromTheClientDoNotChangeTheSignedUrl() {
		// the trusted-proxy filter removes them from anyone else: here they reach the
		// verifier, which must not believe them either
		MockHttpServletRequest request = request("http", "10.0.0.7", 8000, SIGNATURE);
		request.addHeader("X-Forwarded-Proto", "https");
		request.addHeader("X-Forwarded-Host", "mycompany.com");
		request.addHeader("X-Forwarded-Port", "443");
		request.addHeader("Forwarded", "proto=https;host=mycompany.com");
		assertThat(new TwilioSignatureVerifier(TOKEN, null).signedUrl(request))
			.isEqualTo("http://10.0.0.7:8000/myapp.php?foo=1&bar=2");
		assertThat(new TwilioSignatureVerifier(TOKEN, null).verify(request)).isFalse();
	}

	@Test
	void publicUrlMayCarryThePathPrefixOfTheProxy() {
		MockHttpServletRequest request = request("http", "10.0.0.7", 8000, null);
		request.addHeader(TwilioSignatureVerifier.HEADER,
				TwilioWebhookSigner.signature(TOKEN, "https://mycompany.com/bella/myapp.php?foo=1&bar=2", PARAMS));
		assertThat(new TwilioSignatureVerifier(TOKEN, "https://mycompany.com/bella").verify(request)).isTrue();
	}

	@Test
	void defaultPortIsAcceptedWithOrWithoutItAsTwilioSignsBoth() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, null);
		request.addHeader(TwilioSignatureVerifier.HEADER,
				TwilioWebhookSigner.signature(TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", PARAMS));
		assertThat(new TwilioSignatureVerifier(TOKEN, null).verify(request)).isTrue();
	}

	@Test
	void replayWithARepeatedParameterFails() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, SIGNATURE);
		request.addParameter("CallSid", "CAffffffffffffffffffffffffffffffff");
		assertThat(TwilioSignatureVerifier.repeatedParameter(request)).contains("CallSid");
		assertThat(new TwilioSignatureVerifier(TOKEN, null).verify(request)).isFalse();
	}

	@Test
	void everyValueIsSignedNotOnlyTheFirst() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, SIGNATURE);
		request.addParameter("Digits", "9");
		assertThat(TwilioSignatureVerifier.bodyParameters(request)).containsEntry("Digits", List.of("1234", "9"));
	}

	@Test
	void queryParametersAreNotSignedAsBodyParameters() {
		MockHttpServletRequest request = request("https", "mycompany.com", 443, SIGNATURE);
		Map<String, List<String>> expected = new TreeMap<>();
		PARAMS.forEach((name, value) -> expected.put(name, List.of(value)));
		assertThat(TwilioSignatureVerifier.bodyParameters(request)).isEqualTo(expected);
	}

	@Test
	void simulatorSignsLikeTwilio() {
		assertThat(CallSimulator.sign(TOKEN, "https://mycompany.com/myapp.php?foo=1&bar=2", PARAMS))
			.isEqualTo(SIGNATURE);
	}

	private static MockHttpServletRequest request(String scheme, String host, int port, String signature) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/myapp.php");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		request.setQueryString("foo=1&bar=2");
		// as a servlet container does: query parameters first, then the form body
		request.addParameter("foo", "1");
		request.addParameter("bar", "2");
		PARAMS.forEach(request::addParameter);
		if (signature != null) {
			request.addHeader(TwilioSignatureVerifier.HEADER, signature);
		}
		return request;
	}

}
