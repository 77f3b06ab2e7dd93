package io.bella.voice;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' signer signs as Twilio does: Twilio's published vector, and an oracle
 * written here from Twilio's description of the scheme (the URL, then each POST
 * parameter's name and value in the order of the names, HMAC-SHA1 keyed with the auth
 * token, Base64), independent of the signer and of Bella's verifier.
 */
class TwilioWebhookSignerTests {

	@Test
	void signsTwilioPublishedVector() throws Exception {
		Map<String, String> params = Map.of("Digits", "1234", "CallSid", "CA1234567890ABCDE", "To", "+18005551212",
				"Caller", "+14158675309", "From", "+14158675309");
		String url = "https://mycompany.com/myapp.php?foo=1&bar=2";

		String signature = TwilioWebhookSigner.signature("12345", url, params);

		assertThat(signature).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
		assertThat(oracle("12345", url, params)).isEqualTo(signature);
	}

	@Test
	void signsAsTheOracleWithNamesThatSortByCaseAccentsAndEmptyValues() throws Exception {
		Map<String, String> params = Map.of("body", "Réservé & confirmé", "Body", "C", "From", "+14165550123",
				"SpeechResult", "", "Confidence", "0.91");
		String url = "https://bella.example.com/twilio/gather?turn=3";

		assertThat(TwilioWebhookSigner.signature("token-ü", url, params)).isEqualTo(oracle("token-ü", url, params));
	}

	private static String oracle(String authToken, String url, Map<String, String> params) throws Exception {
		String[] names = params.keySet().toArray(new String[0]);
		Arrays.sort(names);
		String signed = url;
		for (String name : names) {
			signed = signed + name + params.get(name);
		}
		Mac hmac = Mac.getInstance("HmacSHA1");
		hmac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return Base64.getEncoder().encodeToString(hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

}
