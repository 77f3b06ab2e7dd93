package io.bella.operations.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.AlertRule;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;

import org.springframework.stereotype.Component;

/**
 * {@code notification-channel-failing}: a channel whose latest attempt in the last hour
 * failed, with at least two failures in that hour, is HIGH (so that the other channels
 * carry the news). It resolves once an attempt on the channel goes through, or after an
 * hour without attempts.
 */
@Component
class ChannelFailingRule implements AlertRule {

	static final String NAME = "notification-channel-failing";

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int FAILURES = 2;

	private final Outbox outbox;

	private final NotificationChannels channels;

	ChannelFailingRule(Outbox outbox, NotificationChannels channels) {
		this.outbox = outbox;
		this.channels = channels;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Condition> evaluate(Instant now) {
		List<Condition> failing = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			if (this.channels.get(channel).isEmpty()) {
				continue;
			}
			Outbox.ChannelRecord record = this.outbox.channelRecord(channel, now.minus(WINDOW));
			if (record.failed() >= FAILURES && record.latestFailed()) {
				failing.add(new Condition(NAME, Map.of("channel", channel.value()), Severity.HIGH, "notifications",
						"Alert notices on " + channel.value() + " are failing",
						record.failed() + " failed attempts in the last hour, " + record.sent()
								+ " sent; the latest failed at " + record.lastFailed() + ". Breaker: "
								+ channel.breaker() + ". Notices are retried after 30 s, 2 min and 10 min."));
			}
		}
		return failing;
	}

}
