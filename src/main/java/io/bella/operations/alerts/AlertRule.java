package io.bella.operations.alerts;

import java.time.Instant;
import java.util.List;

/**
 * A rule that watches one kind of trouble, evaluated once a minute on one instance
 * ({@link RuleEvaluation}). It answers the conditions that hold now; each becomes an
 * alert, or adds an occurrence to the unresolved alert with its fingerprint, and every
 * unresolved alert of the rule whose condition is no longer answered is resolved
 * ({@code auto}). A rule that cannot tell (its query failed) throws, and its alerts stay
 * as they are until it can.
 * <p>
 * To add a rule, declare a bean of this type; its name is the first part of its alerts'
 * fingerprints and must not change once alerts carry it (docs/operations.md, "Adding an
 * alert rule").
 */
public interface AlertRule {

	/**
	 * The rule's name, lower case with dashes ({@code breaker-open}); the
	 * {@link Condition#rule()} of everything it answers.
	 */
	String name();

	/**
	 * The conditions that hold now.
	 * @param now the evaluation's time, from the injected clock
	 * @return each condition once; empty when all is well
	 */
	List<Condition> evaluate(Instant now);

}
