package io.bella.operations.breakers;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import io.bella.operations.alerts.RuleEvaluation;
import io.bella.system.InstanceId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Listens to every breaker in the Resilience4j registry, those created later included,
 * and keeps each transition: it is written on a thread of its own (a transition happens
 * on the caller's thread, which may be a call's turn), then the {@code breaker-open} rule
 * is evaluated at once, so that an opened breaker raises its alert and a closed one
 * resolves it without waiting for the minute. Every minute each instance refreshes its
 * breakers' states on the same thread (catching up a transition whose write failed),
 * which tells the rule that the instance is alive.
 */
@Component
class BreakerWatch implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BreakerWatch.class);

	private final CircuitBreakerRegistry registry;

	private final BreakerRecords records;

	private final RuleEvaluation evaluation;

	private final BreakerOpenRule rule;

	private final InstanceId instance;

	private final Clock clock;

	private final Set<CircuitBreaker> watched = ConcurrentHashMap.newKeySet();

	private final ExecutorService writer = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "breaker-transitions");
		thread.setDaemon(true);
		return thread;
	});

	BreakerWatch(CircuitBreakerRegistry registry, BreakerRecords records, RuleEvaluation evaluation,
			BreakerOpenRule rule, InstanceId instance, Clock clock) {
		this.registry = registry;
		this.records = records;
		this.evaluation = evaluation;
		this.rule = rule;
		this.instance = instance;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// subscribe to additions first, so that no breaker falls between the two
		this.registry.getEventPublisher().onEntryAdded((event) -> watch(event.getAddedEntry()));
		this.registry.getEventPublisher().onEntryReplaced((event) -> watch(event.getNewEntry()));
		this.registry.getAllCircuitBreakers().forEach(this::watch);
	}

	private void watch(CircuitBreaker breaker) {
		if (this.watched.add(breaker)) {
			breaker.getEventPublisher().onStateTransition(this::on);
			write(() -> this.records.refresh(breaker.getName(), instance(), breaker.getState().name(), now()));
		}
	}

	void on(CircuitBreakerOnStateTransitionEvent event) {
		Instant at = now();
		String name = event.getCircuitBreakerName();
		String from = event.getStateTransition().getFromState().name();
		String to = event.getStateTransition().getToState().name();
		write(() -> {
			this.records.transition(name, instance(), from, to, at);
			log.info("Circuit breaker {} went from {} to {}", name, from, to);
			this.evaluation.evaluate(this.rule);
		});
	}

	// per instance by nature, not through ClusterJobs: each instance records its own
	// breakers, and the refresh is what tells the rule that the instance is alive
	@Scheduled(fixedDelayString = "1m", initialDelayString = "1m")
	void refresh() {
		this.registry.getAllCircuitBreakers()
			.forEach((breaker) -> write(
					() -> this.records.refresh(breaker.getName(), instance(), breaker.getState().name(), now())));
	}

	private void write(Runnable work) {
		try {
			this.writer.execute(() -> {
				try {
					work.run();
				}
				catch (RuntimeException ex) {
					log.warn("Could not record circuit breaker state: {}", ex.toString());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// shutting down
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private String instance() {
		return this.instance.value();
	}

	@Override
	public void destroy() {
		this.writer.shutdown();
	}

}
