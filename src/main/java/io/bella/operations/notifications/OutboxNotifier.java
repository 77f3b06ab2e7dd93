package io.bella.operations.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.bella.operations.alerts.Alert;
import io.bella.operations.alerts.AlertNotifier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues an alert's notices in the outbox, one per channel its severity is routed to (one
 * per number for SMS), in the caller's transaction, and has them sent once it commits.
 */
@Component
class OutboxNotifier implements AlertNotifier {

	private final Outbox outbox;

	private final NotificationChannels channels;

	private final NotificationDispatcher dispatcher;

	private final Clock clock;

	OutboxNotifier(Outbox outbox, NotificationChannels channels, NotificationDispatcher dispatcher, Clock clock) {
		this.outbox = outbox;
		this.channels = channels;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@Override
	public void notify(Alert alert, Notice notice) {
		List<NotificationChannel> routed = this.channels.routed(alert.severity());
		for (NotificationChannel channel : routed) {
			AlertText text = AlertTexts.render(channel.channel(), alert, notice, this.channels.zone());
			for (String recipient : channel.recipients()) {
				this.outbox.enqueue(alert.id(), notice, channel.channel(), recipient, text, this.clock.instant());
			}
		}
		if (routed.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					OutboxNotifier.this.dispatcher.kick();
				}
			});
		}
		else {
			this.dispatcher.kick();
		}
	}

	@Override
	public Map<Long, List<Delivery>> deliveries(Collection<Long> alertIds) {
		return this.outbox.deliveries(alertIds);
	}

}
