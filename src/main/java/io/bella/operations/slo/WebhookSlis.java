package io.bella.operations.slo;

import java.time.Duration;

import io.bella.voice.WebhookAnswered;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts every voice webhook answered towards the webhook SLOs (availability, and latency
 * within each threshold), and times the turns ({@code voice} and {@code gather}) in
 * {@code bella.call.turns}, with buckets at the SLOs' thresholds. Runs on the webhook's
 * request thread: in memory only.
 */
@Component
class WebhookSlis {

	private final SloCounters counters;

	private final Duration latency;

	private final Duration latencyFast;

	private final Timer greetings;

	private final Timer turns;

	WebhookSlis(SloCounters counters, SloProperties properties, MeterRegistry registry) {
		this.counters = counters;
		this.latency = properties.webhookLatency().threshold();
		this.latencyFast = properties.webhookLatencyFast().threshold();
		this.greetings = timer(registry, "voice");
		this.turns = timer(registry, "gather");
	}

	private Timer timer(MeterRegistry registry, String webhook) {
		return Timer.builder("bella.call.turns")
			.description("How long Bella took to answer a turn of a call, as Twilio waited for it")
			.tag("webhook", webhook)
			.serviceLevelObjectives(this.latencyFast, this.latency)
			.register(registry);
	}

	@EventListener
	void on(WebhookAnswered answered) {
		this.counters.record(Slo.WEBHOOK_AVAILABILITY, answered.at(), answered.good());
		this.counters.record(Slo.WEBHOOK_LATENCY, answered.at(), answered.latencyMs() <= this.latency.toMillis());
		this.counters.record(Slo.WEBHOOK_LATENCY_FAST, answered.at(),
				answered.latencyMs() <= this.latencyFast.toMillis());
		if ("voice".equals(answered.webhook())) {
			this.greetings.record(Duration.ofMillis(answered.latencyMs()));
		}
		else if ("gather".equals(answered.webhook())) {
			this.turns.record(Duration.ofMillis(answered.latencyMs()));
		}
	}

}
