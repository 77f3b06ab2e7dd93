package io.bella.operations.notifications;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.Severity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where alert notices go and how they are retried.
 *
 * @param routing the channels each severity goes to; a severity left out keeps its
 * default (CRITICAL: SMS, Slack, e-mail; HIGH: Slack, e-mail; MEDIUM: Slack; LOW: none)
 * @param retryDelays the waits before the second, third, … attempt; after the last the
 * notice is given up
 * @param pollInterval how often each instance looks for notices that are due (new ones
 * are sent at once, after the commit that queued them)
 * @param claimLease how long a claim on a notice holds; a sender that died while sending
 * loses it after this and the notice is sent again
 * @param slack the Slack channel
 * @param email the e-mail channel
 * @param sms the SMS channel
 */
@ConfigurationProperties("bella.operations.notifications")
record NotificationProperties(Map<Severity, List<Channel>> routing,
		@DefaultValue("30s,2m,10m") List<Duration> retryDelays, @DefaultValue("10s") Duration pollInterval,
		@DefaultValue("2m") Duration claimLease, Slack slack, Email email, Sms sms) {

	static final Map<Severity, List<Channel>> DEFAULT_ROUTING = Map.of(Severity.CRITICAL,
			List.of(Channel.SMS, Channel.SLACK, Channel.EMAIL), Severity.HIGH, List.of(Channel.SLACK, Channel.EMAIL),
			Severity.MEDIUM, List.of(Channel.SLACK), Severity.LOW, List.of());

	NotificationProperties {
		Map<Severity, List<Channel>> routes = new EnumMap<>(DEFAULT_ROUTING);
		if (routing != null) {
			routing.forEach((severity, channels) -> routes.put(severity,
					(channels != null) ? channels.stream().distinct().toList() : List.of()));
		}
		routing = Map.copyOf(routes);
		retryDelays = List.copyOf(retryDelays);
		slack = (slack != null) ? slack : new Slack(null, Duration.ofSeconds(5));
		email = (email != null) ? email : new Email(null, 587, null, null, null, null, Duration.ofSeconds(10));
		sms = (sms != null) ? sms : new Sms(List.of());
	}

	/**
	 * Slack through an incoming webhook.
	 *
	 * @param webhookUrl the webhook ({@code SLACK_WEBHOOK_URL}); a secret, never logged
	 * @param timeout the longest a post may take
	 */
	record Slack(String webhookUrl, @DefaultValue("5s") Duration timeout) {
	}

	/**
	 * E-mail through an SMTP server.
	 *
	 * @param host the server ({@code SMTP_HOST})
	 * @param port its port ({@code SMTP_PORT}, 587)
	 * @param username the login ({@code SMTP_USER}), if it needs one
	 * @param password the password ({@code SMTP_PASSWORD})
	 * @param to the addresses alerts go to, comma-separated ({@code ALERT_EMAIL})
	 * @param from the sender ({@code ALERT_EMAIL_FROM}); the login when it is an address,
	 * otherwise {@code bella@localhost}
	 * @param timeout the longest connecting, reading or writing may take
	 */
	record Email(String host, @DefaultValue("587") int port, String username, String password, String to, String from,
			@DefaultValue("10s") Duration timeout) {
	}

	/**
	 * SMS to the people on call, through the clinic's Twilio account.
	 *
	 * @param to E.164 numbers ({@code BELLA_ALERT_SMS_TO}, comma-separated)
	 */
	record Sms(List<String> to) {

		Sms {
			to = (to != null) ? to.stream().map(String::strip).filter((number) -> !number.isEmpty()).toList()
					: List.of();
		}

	}

}
