package io.bella.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Bella's calls to Twilio's REST API go, when not to Twilio itself.
 *
 * @param apiBaseUrl base URL that Bella's Twilio REST calls go to instead of
 * {@code https://api.twilio.com} ({@code BELLA_TWILIO_API_BASE_URL}), path and query
 * kept: an egress proxy, or a fake Twilio in tests. Blank for Twilio itself.
 */
@ConfigurationProperties("bella.twilio")
record TwilioApiProperties(String apiBaseUrl) {
}
