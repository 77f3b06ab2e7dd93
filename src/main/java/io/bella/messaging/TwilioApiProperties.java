package io.bella.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Bella's calls to Twilio's REST API go, when not to Twilio itself.
 *
 * @param apiBaseUrl base URL that requests for {@code https://*.twilio.com} are sent to
 * instead ({@code BELLA_TWILIO_API_BASE_URL}): an egress proxy, or a fake Twilio in
 * tests; use a host name, not an IPv4 address, which the SDK would mistake for a region.
 * Blank for Twilio itself.
 */
@ConfigurationProperties("bella.twilio")
record TwilioApiProperties(String apiBaseUrl) {
}
