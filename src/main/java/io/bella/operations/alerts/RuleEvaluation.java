package io.bella.operations.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bella.system.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Evaluates every {@link AlertRule} once a minute on exactly one instance (the one whose
 * claim of {@code alert-evaluation} in {@code scheduler_lock} succeeds), then sends the
 * notices that are due (repeats, and firing notices a silence or inhibition held back). A
 * rule that throws is skipped and its alerts stay as they are.
 */
@Component
public class RuleEvaluation {

	static final String JOB = "alert-evaluation";

	private static final Logger log = LoggerFactory.getLogger(RuleEvaluation.class);

	private final ObjectProvider<AlertRule> rules;

	private final Alerting alerting;

	private final ClusterJobs jobs;

	private final AlertingProperties properties;

	private final Clock clock;

	RuleEvaluation(ObjectProvider<AlertRule> rules, Alerting alerting, ClusterJobs jobs, AlertingProperties properties,
			Clock clock) {
		this.rules = rules;
		this.alerting = alerting;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${bella.operations.alerts.evaluation-interval:1m}",
			initialDelayString = "${bella.operations.alerts.evaluation-interval:1m}")
	void onSchedule() {
		// the database may be down: the database-down watch reports that without it
		evaluateIfClaimed();
	}

	/**
	 * Evaluates the rules if this instance wins this period's claim.
	 * @return whether it did
	 */
	public boolean evaluateIfClaimed() {
		return this.jobs.run(JOB, this.properties.evaluationInterval(), this::evaluateAll);
	}

	/** Evaluates every rule now and sends the notices that are due. */
	public void evaluateAll() {
		this.rules.orderedStream().forEach(this::evaluate);
		this.alerting.notifyDue();
	}

	/**
	 * Evaluates one rule now: raises what holds, resolves what cleared. Safe to run on
	 * several instances at once (a transition seen by one instance evaluates its rule at
	 * once, without waiting for the minute).
	 * @param rule the rule
	 */
	public void evaluate(AlertRule rule) {
		Instant now = this.clock.instant();
		List<Condition> conditions;
		try {
			conditions = rule.evaluate(now);
		}
		catch (RuntimeException ex) {
			log.warn("Alert rule {} could not be evaluated; its alerts stay as they are: {}", rule.name(),
					ex.toString());
			return;
		}
		Map<String, Condition> holding = new LinkedHashMap<>();
		for (Condition condition : conditions) {
			if (!rule.name().equals(condition.rule())) {
				throw new IllegalStateException(
						"Rule " + rule.name() + " answered a condition of rule " + condition.rule());
			}
			holding.put(condition.fingerprint(), condition);
		}
		holding.values().forEach((condition) -> this.alerting.raise(condition, null));
		for (Alert alert : this.alerting.open(rule.name())) {
			if (!holding.containsKey(alert.fingerprint())) {
				this.alerting.resolveCleared(alert);
			}
		}
	}

}
