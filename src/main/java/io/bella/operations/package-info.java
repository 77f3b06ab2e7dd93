/**
 * What an operator needs to keep Bella running: alerts that reach a person (Slack,
 * e-mail, SMS) with a lifecycle, silences and inhibition, and circuit breakers whose
 * every transition is kept, all from durable records that hold across restarts and
 * instances.
 * <p>
 * The module watches the rest of Bella and is never called by what it watches: it reads
 * the Resilience4j registry and the database, may listen to the events of
 * {@code booking}, {@code voice} and {@code messaging}, and reads what waits in
 * {@code calendar}'s outbox through its published API. Its published API, for the staff
 * dashboard, is the boards in this package ({@code StatusBoard}, {@code BreakerBoard},
 * {@code AlertDesk}, {@code SloBoard}, {@code CostBoard}, {@code EventBacklog},
 * {@code KpiBoard}): plain values read from the same services as {@code /api/unified/*},
 * each implemented in its sub-package. Its sub-packages:
 * <ul>
 * <li>{@code alerts}: the alert record, its lifecycle and API, silences, inhibition, the
 * rule SPI ({@code AlertRule}) and the once-a-minute evaluation;</li>
 * <li>{@code notifications}: the durable outbox, routing by severity, retries and the
 * Slack, e-mail and SMS channels;</li>
 * <li>{@code breakers}: transitions persisted, the {@code breaker-open} rule,
 * {@code /api/unified/circuit-breakers} and breakers forced on every instance;</li>
 * <li>{@code rules}: alert rules about Bella's own platform (database down, Redis down,
 * event publication backlog, texts undelivered, calendar writes that wait);</li>
 * <li>{@code cost}: the cost ledger (a line per call, component and text, estimated from
 * the price table and replaced by Twilio's actual prices), the monthly budget and its
 * alerts, {@code /api/unified/cost-optimization}, and the cost lines of a call's record
 * (through voice's {@code CallRecordExtension});</li>
 * <li>{@code status}: {@code /api/unified/status}, green, yellow or red for the database,
 * Redis and whatever declares a {@code StatusContributor} (each breaker, the budget, the
 * unresolved alerts), answered within the health budget even with the database down;</li>
 * <li>{@code retention}: the words of calls and voicemail transcripts purged after
 * {@code BELLA_RETENTION_DAYS}, the aggregates kept;</li>
 * <li>{@code cloudwatch}: an allow-list of meters to CloudWatch when a namespace and a
 * region are set;</li>
 * <li>{@code slo}: the SLOs (webhook availability and latency, call success, API error
 * rate) from per-minute counts each instance writes and from the calls' records, their
 * error budgets and multi-window burn-rate alerts, {@code /api/unified/sla-metrics}, and
 * the {@code bella.call.turns}, {@code bella.calls} and {@code bella.bookings}
 * meters;</li>
 * <li>{@code kpi}: business metrics (calls, success, booking conversion, bookings by
 * channel, trends, peak hours, peak concurrency and the instances it needs) from each
 * call's facts and each booking change, kept as they happen,
 * {@code /api/unified/business-metrics}.</li>
 * </ul>
 * A new concern is a sub-package of its own; a new alert rule is an {@code AlertRule}
 * bean (docs/operations.md, "Adding an alert rule"), a new status component a
 * {@code StatusContributor} bean.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "calendar", "messaging", "system", "voice" })
package io.bella.operations;
