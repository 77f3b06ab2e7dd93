package io.bella.voice;

import java.util.Map;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioWebhookSignerTests {

	@Test
	void signsTwilioPublishedVector() {
		Map<String, String> params = Map.of("Digits", "1234", "CallSid", "CA1234567890ABCDE", "To", "+18005551212",
				"Caller", "+14158675309", "From", "+14158675309");
		String url = "https://mycompany.com/myapp.php?foo=1&bar=2";

		String signature = TwilioWebhookSigner.signature("12345", url, params);

		assertThat(signature).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
		assertThat(new RequestValidator("12345").validate(url, params, signature)).isTrue();
	}

}
