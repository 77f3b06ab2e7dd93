package io.bella.operations.notifications;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.bella.operations.alerts.Alert;
import io.bella.operations.alerts.AlertNotifier.Notice;
import io.bella.operations.alerts.Severity;
import io.bella.system.ClinicTimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The channels, and which of them each severity goes to. A channel that is not configured
 * is skipped, and said so once at start-up. Also sends a notice directly, without the
 * outbox, for the one alert that cannot wait for the database: the database being down.
 */
@Component
public class NotificationChannels {

	private static final Logger log = LoggerFactory.getLogger(NotificationChannels.class);

	private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);

	private final NotificationProperties properties;

	private final ClinicTimeZone clinicZone;

	NotificationChannels(List<NotificationChannel> channels, NotificationProperties properties,
			ClinicTimeZone clinicZone) {
		channels.forEach((channel) -> this.channels.put(channel.channel(), channel));
		this.properties = properties;
		this.clinicZone = clinicZone;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportOnce() {
		log.info("Alert notifications: {}; routing {}",
				this.channels.values()
					.stream()
					.map((channel) -> channel.channel().value()
							+ channel.off().map((why) -> " off (" + why + ")").orElse(" on"))
					.collect(Collectors.joining(", ")),
				routing());
	}

	/** The channels that are on and that a severity is routed to. */
	List<NotificationChannel> routed(Severity severity) {
		return this.properties.routing()
			.getOrDefault(severity, List.of())
			.stream()
			.map(this.channels::get)
			.filter((channel) -> channel != null && channel.off().isEmpty())
			.toList();
	}

	Optional<NotificationChannel> get(Channel channel) {
		return Optional.ofNullable(this.channels.get(channel)).filter((found) -> found.off().isEmpty());
	}

	ZoneId zone() {
		return this.clinicZone.zone().orElse(ZoneOffset.UTC);
	}

	/**
	 * Sends a notice now on every channel its severity is routed to, once, without the
	 * outbox and its retries; failures are logged.
	 * @param alert the alert, recorded or not
	 * @param notice which notice
	 * @return how many messages went
	 */
	public int sendNow(Alert alert, Notice notice) {
		int sent = 0;
		for (NotificationChannel channel : routed(alert.severity())) {
			AlertText text = AlertTexts.render(channel.channel(), alert, notice, zone());
			for (String recipient : channel.recipients()) {
				try {
					channel.send(recipient, text);
					sent++;
				}
				catch (RuntimeException ex) {
					log.warn("Could not send the {} notice of {} on {}: {}", notice.value(), alert.fingerprint(),
							channel.channel().value(), NotificationDispatcher.reason(ex));
				}
			}
		}
		return sent;
	}

	private String routing() {
		return this.properties.routing()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((route) -> route.getKey() + " → "
					+ (route.getValue().isEmpty() ? "dashboard only"
							: route.getValue().stream().map(Channel::value).collect(Collectors.joining("+"))))
			.collect(Collectors.joining(", "));
	}

}
