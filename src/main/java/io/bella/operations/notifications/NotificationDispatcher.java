package io.bella.operations.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.bella.system.InstanceId;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Sends the notices in the outbox: claims each due notice (so that of several instances
 * one sends it), sends it on its channel and records the attempt; a failed attempt is
 * tried again after the configured delays (30 s, 2 min, 10 min), then given up. New
 * notices are sent as soon as the transaction that queued them commits; retries and
 * claims left by a crashed instance are picked up by the poll
 * ({@link NotificationPolling}). A notice goes once unless the sender dies after the
 * channel took it and before the outcome is recorded: then it goes again when the claim
 * runs out.
 */
@Component
public class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private static final int BATCH = 20;

	private final Outbox outbox;

	private final NotificationChannels channels;

	private final NotificationProperties properties;

	private final InstanceId instance;

	private final Clock clock;

	private final Executor sender;

	private final AtomicBoolean kicked = new AtomicBoolean();

	NotificationDispatcher(Outbox outbox, NotificationChannels channels, NotificationProperties properties,
			InstanceId instance, Clock clock, @Qualifier("applicationTaskExecutor") Executor sender) {
		this.outbox = outbox;
		this.channels = channels;
		this.properties = properties;
		this.instance = instance;
		this.clock = clock;
		this.sender = sender;
	}

	/** Sends what is due soon, on a thread of Boot's task executor. */
	void kick() {
		if (this.kicked.compareAndSet(false, true)) {
			try {
				this.sender.execute(() -> {
					this.kicked.set(false);
					poll();
				});
			}
			catch (RejectedExecutionException ex) {
				this.kicked.set(false);
			}
		}
	}

	// the kick's send on this instance; the periodic poll is NotificationPolling's, once
	// per interval across the cluster
	void poll() {
		try {
			dispatchDue();
		}
		catch (RuntimeException ex) {
			log.warn("Alert notices not sent: {}", ex.toString());
		}
	}

	/**
	 * Claims and sends every notice due now.
	 * @return how many this call sent
	 */
	public int dispatchDue() {
		int sent = 0;
		List<Long> due = this.outbox.due(this.clock.instant(), BATCH);
		while (!due.isEmpty()) {
			for (long id : due) {
				Instant now = this.clock.instant();
				Optional<Outbox.Notification> claimed = this.outbox.claim(id, this.instance.value(), now,
						now.plus(this.properties.claimLease()));
				if (claimed.isPresent() && send(claimed.get())) {
					sent++;
				}
			}
			List<Long> next = this.outbox.due(this.clock.instant(), BATCH);
			// what is left due was claimed by another instance or failed again just now
			due = next.equals(due) ? List.of() : next;
		}
		return sent;
	}

	private boolean send(Outbox.Notification notification) {
		Optional<NotificationChannel> channel = this.channels.get(notification.channel());
		if (channel.isEmpty()) {
			this.outbox.failed(notification, this.instance.value(), "the channel is not configured",
					this.clock.instant(), null);
			return false;
		}
		try {
			channel.get().send(notification.recipient(), notification.text());
			this.outbox.sent(notification, this.instance.value(), this.clock.instant());
			return true;
		}
		catch (RuntimeException ex) {
			Instant now = this.clock.instant();
			List<Duration> delays = this.properties.retryDelays();
			int attempt = notification.attempts();
			Instant retryAt = (attempt <= delays.size()) ? now.plus(delays.get(attempt - 1)) : null;
			String reason = reason(ex);
			this.outbox.failed(notification, this.instance.value(), reason, now, retryAt);
			log.warn("Alert notice {} (alert {}) not sent on {}, attempt {}: {}; {}", notification.id(),
					notification.alertId(), notification.channel().value(), attempt, reason,
					(retryAt != null) ? "trying again at " + retryAt : "given up");
			return false;
		}
	}

	/** Why a send failed, in words safe to store and log. */
	static String reason(RuntimeException ex) {
		if (ex instanceof NotificationFailedException) {
			return ex.getMessage();
		}
		if (ex instanceof CallNotPermittedException) {
			return "its circuit breaker is open";
		}
		// an unexpected exception's message may hold anything: its type only
		return ex.getClass().getSimpleName();
	}

}
